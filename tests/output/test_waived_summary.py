"""Waived is not gone: every summary says how many of the waived findings are errors."""

from __future__ import annotations

import json

import jsonschema
import pytest
from test_reporters import CHECK_RESULT_SCHEMA

from tfi_rules.check.result import CheckResult
from tfi_rules.findings import Finding, Severity
from tfi_rules.i18n import speaking
from tfi_rules.output import reporter


def _result(max_findings: int = 0) -> CheckResult:
    findings = [
        Finding("plans/p.yaml", line, 1, "capacity-balance", Severity.ERROR, "m", waiver_reason="the committee")
        for line in (1, 2, 3)
    ]
    findings.append(Finding("plans/p.yaml", 4, 1, "criterion-measurable", Severity.WARNING, "m", waiver_reason="x"))
    findings.append(Finding("plans/p.yaml", 5, 1, "budget-sums", Severity.ERROR, "m"))
    result = CheckResult(["plans/p.yaml"], findings)
    result.limit_per_file(max_findings)
    return result


@pytest.mark.parametrize("max_findings", [0, 1])  # listed or not, the waived errors are counted
@pytest.mark.parametrize("name", ["text", "github", "markdown"])
def test_the_summary_line_counts_the_waived_errors(name: str, max_findings: int) -> None:
    output = reporter(name).render(_result(max_findings))
    assert (
        output.rstrip().splitlines()[-1].strip("*")
        == "1 file checked, 1 error, 0 warnings, 0 infos, 4 waived (3 errors)"
    )
    with speaking("da"):
        danish = reporter(name).render(_result(max_findings))
    assert danish.rstrip().splitlines()[-1].strip("*").endswith("4 med dispensation (3 fejl)")


@pytest.mark.parametrize("max_findings", [0, 1])
def test_json_counts_the_waived_errors_and_validates(max_findings: int) -> None:
    data = json.loads(reporter("json").render(_result(max_findings)))
    jsonschema.validate(data, json.loads(CHECK_RESULT_SCHEMA.read_text(encoding="utf-8")))
    assert (data["summary"]["waived"], data["summary"]["waived_error"], data["summary"]["error"]) == (4, 3, 1)
    assert data["summary"]["unlisted"] == (4 if max_findings else 0)  # waived_error is not counted twice


def test_one_waived_error_is_singular() -> None:
    result = CheckResult(
        ["plans/p.yaml"], [Finding("plans/p.yaml", 1, 1, "capacity-balance", Severity.ERROR, "m", waiver_reason="r")]
    )
    assert reporter("text").render(result).endswith("1 waived (1 error)\n")
