"""What real consumers of the SARIF and JUnit outputs ask for: the OASIS SARIF schema and the SARIF
Multitool's rules (SARIF1001, SARIF2005, SARIF2012/GH2012), and the common JUnit XSD (junit-10.xsd)."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
import xmlschema

from tfi_rules.check.result import CheckResult
from tfi_rules.findings import Finding, Severity
from tfi_rules.output import reporter
from tfi_rules.rules import RULES

DATA = Path(__file__).parents[1] / "data"
BUILT_IN = ["schema", "file-kind", "file-unreadable", "no-files", "yaml-syntax", "yaml-number", "yaml-too-deep"]


def every_rule() -> CheckResult:
    """A finding of every registered rule and of the checks before the rules, one waived."""
    findings = [
        Finding(f"plans/{index}.yaml", 1, 1, rule_id, Severity.ERROR, "m", "h")
        for index, rule_id in enumerate([*RULES, *BUILT_IN])
    ]
    findings.append(Finding("plans/w.yaml", 2, 1, "schema", Severity.ERROR, "m", waiver_reason="the seed says so"))
    return CheckResult(sorted({finding.file for finding in findings}), findings)


def sarif_log() -> dict:
    return json.loads(reporter("sarif").render(every_rule()))


def test_sarif_validates_against_the_oasis_schema() -> None:
    schema = json.loads((DATA / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker()).validate(sarif_log())


def test_the_tool_says_where_to_read_about_it() -> None:
    driver = sarif_log()["runs"][0]["tool"]["driver"]
    assert driver["informationUri"].startswith("https://")


@pytest.mark.parametrize("rule_id", [*RULES, *BUILT_IN])
def test_every_rule_has_a_full_description_help_and_a_name_that_is_not_its_id(rule_id: str) -> None:
    [descriptor] = [rule for rule in sarif_log()["runs"][0]["tool"]["driver"]["rules"] if rule["id"] == rule_id]
    assert descriptor["fullDescription"]["text"] and descriptor["help"]["text"]
    assert descriptor["name"].lower() != rule_id.lower() and "-" not in descriptor["name"]


@pytest.mark.parametrize("fail_on", list(Severity))
def test_junit_validates_against_the_common_junit_xsd(fail_on: Severity) -> None:
    schema = xmlschema.XMLSchema(DATA / "junit-10.xsd")
    for result in (every_rule(), CheckResult()):
        schema.validate(reporter("junit", fail_on=fail_on).render(result))
