from __future__ import annotations

from pathlib import Path

from helpers import MANDATE, by_rule, check_files
from measurement_repo import CHANGE, PLAN_WITH_INDICATOR, measurements

from tfi_rules.check.result import CheckResult
from tfi_rules.findings import Severity

RULE = "measurement-comparable"

COUNTS = (
    "        counts:\n"
    '          population: {id: med-jobplan, text: "de kontanthjælpsmodtagere, som har fået en jobplan"}\n'
    "          numerator: {id: paabegyndt-tilbud}\n"
)
PLAN = PLAN_WITH_INDICATOR.replace(CHANGE, CHANGE + COUNTS)

FIGURE = """\
  - id: aktive-2008
    text: ca. 65 pct. af kontanthjælpsmodtagerne i de 5 boligområder har været på aktiv kontanthjælp i 2008
    criterion: p/beskaeftigelse
    value: 65
    unit: percent
    date: "2008"
    method: Integrationsbarometeret
"""


def check(tmp_path: Path, body: str) -> CheckResult:
    files = {"plans/mandate.yaml": MANDATE, "plans/p.yaml": PLAN, "measurements/m.yaml": measurements(body)}
    return check_files(tmp_path, files)


def test_a_part_the_criterion_records_and_the_figure_leaves_out_is_named(tmp_path: Path) -> None:
    findings = by_rule(check(tmp_path, FIGURE), RULE)
    assert [finding.severity for finding in findings] == [Severity.WARNING, Severity.WARNING]
    [population] = [f for f in findings if "population" in f.message]
    [numerator] = [f for f in findings if "numerator" in f.message]
    assert population.pointer == "/measurements/0"
    assert population.message == (
        "aktive-2008 does not say which population it counts, but p/beskaeftigelse counts "
        "'de kontanthjælpsmodtagere, som har fået en jobplan': the verdict cannot tell whether it answers the "
        "criterion"
    )
    assert "the id `med-jobplan` if it counts the same" in population.hint
    assert "which numerator it counts" in numerator.message and "'paabegyndt-tilbud'" in numerator.message


def test_recorded_parts_pass_even_when_they_differ_the_verdict_names_the_difference(tmp_path: Path) -> None:
    body = FIGURE + "    counts:\n      population: {id: alle-i-5-omraader}\n      numerator: {id: aktiv}\n"
    assert by_rule(check(tmp_path, body), RULE) == []


def test_a_criterion_that_records_nothing_asks_nothing(tmp_path: Path) -> None:
    files = {
        "plans/mandate.yaml": MANDATE,
        "plans/p.yaml": PLAN_WITH_INDICATOR,
        "measurements/m.yaml": measurements(FIGURE),
    }
    assert by_rule(check_files(tmp_path, files), RULE) == []
