from __future__ import annotations

from pathlib import Path

from helpers import by_rule
from measurement_repo import check_measurements

from tfi_rules.findings import Severity

RULE = "measurement-method"

EMPLOYMENT = """\
  - id: beskaeftigelse-2008
    text: Beskæftigelsesfrekvensen var 57,2 pct.
    criterion: p/beskaeftigelse
    value: 57.2
    unit: percent
    date: "2008"
    method: Integrationsbarometeret
"""


def test_the_baselines_method_passes(tmp_path: Path) -> None:
    assert by_rule(check_measurements(tmp_path, EMPLOYMENT), RULE) == []


def test_a_method_differing_only_in_case_warns_as_the_verdict_compares_exactly(tmp_path: Path) -> None:
    body = EMPLOYMENT.replace("method: Integrationsbarometeret", "method: integrationsbarometeret")
    [finding] = by_rule(check_measurements(tmp_path, body), RULE)
    assert "differ only in case or spacing" in finding.message


def test_another_method_warns_that_the_verdict_will_not_compare(tmp_path: Path) -> None:
    body = EMPLOYMENT.replace("method: Integrationsbarometeret", "method: survey")
    result = check_measurements(tmp_path, body)
    [finding] = by_rule(result, RULE)
    assert finding.severity is Severity.WARNING and finding.pointer == "/measurements/0/method"
    assert '"survey"' in finding.message and '"Integrationsbarometeret"' in finding.message
    assert "not comparable" in finding.message
    assert not result.failed()  # a warning alone does not fail the check


def test_no_method_warns(tmp_path: Path) -> None:
    [finding] = by_rule(
        check_measurements(tmp_path, EMPLOYMENT.replace("    method: Integrationsbarometeret\n", "")), RULE
    )
    assert finding.pointer == "/measurements/0" and "does not say how it was measured" in finding.message


def test_a_criterion_without_baseline_needs_no_method(tmp_path: Path) -> None:
    body = EMPLOYMENT.replace("p/beskaeftigelse", "p/tilfredshed").replace("    method: Integrationsbarometeret\n", "")
    assert by_rule(check_measurements(tmp_path, body), RULE) == []
