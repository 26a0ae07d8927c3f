from __future__ import annotations

from pathlib import Path

from helpers import MANDATE, PLAN, by_rule, check_files

from tfi_rules.findings import Finding, Severity
from tfi_rules.i18n import speaking
from tfi_rules.rules import RULES

RULE = "decisions-valid"
READING = "          - {about: reading, by: Anna Jensen, on: 2026-11-30, note: Bilag 1}\n"
TILFREDSHED = "        measured_by: survey\n"  # the last line of the inferred criterion `tilfredshed`


def _check(tmp_path: Path, plan: str) -> list[Finding]:
    result = check_files(tmp_path, {"plans/mandate.yaml": MANDATE, "plans/p.yaml": plan})
    assert all(finding.rule in RULES for finding in result.findings), result.findings  # the plan is valid
    return by_rule(result, RULE)


def _decide(decisions: str, after: str = TILFREDSHED) -> str:
    assert PLAN.count(after) == 1
    return PLAN.replace(after, after + "        decisions:\n" + decisions)


def test_one_decision_for_each_question_passes(tmp_path: Path) -> None:
    decisions = READING + "          - {about: measurement, by: Anna Jensen, on: 2026-11-30}\n"
    plan = _decide(decisions).replace(TILFREDSHED, "")  # no measured_by: the source does not say how
    assert _check(tmp_path, plan) == []


def test_the_same_question_twice_on_a_criterion(tmp_path: Path) -> None:
    plan = _decide(READING + READING.replace("2026-11-30", "2026-12-01"))
    [finding] = _check(tmp_path, plan)
    assert finding.pointer == "/areas/1/criteria/0/decisions/1/about"
    second = plan.splitlines().index(READING.replace("2026-11-30", "2026-12-01").rstrip("\n")) + 1
    assert (finding.line, finding.column) == (second, READING.index("reading") + 1)  # the second `about`
    assert finding.severity is Severity.WARNING
    assert finding.message == (
        "the criterion 'tilfredshed' records the decision about reading twice (the first is decision 1)"
    )


def test_the_same_question_twice_on_an_area(tmp_path: Path) -> None:
    decision = "      - {about: criteria, by: koordinatoren, on: 2026-12-03}\n"
    plan = PLAN.replace(
        "  - id: best-practice\n    title: Best practice\n    årsværk: 1.5\n",
        "  - id: oevrige\n    title: Øvrige leverancer\n    årsværk: 0\n    decisions:\n"
        + decision * 2
        + "  - id: best-practice\n    title: Best practice\n    årsværk: 1.5\n",
    )
    [finding] = _check(tmp_path, plan)
    assert finding.pointer == "/areas/2/decisions/1/about"
    assert "the area 'oevrige' records the decision about criteria twice" in finding.message


def test_no_criteria_decided_on_an_area_that_has_criteria(tmp_path: Path) -> None:
    after = "    title: Facilitering\n    årsværk: 1\n"
    plan = PLAN.replace(after, after + "    decisions:\n      - {about: criteria, by: koordinatoren, on: 2026-12-03}\n")
    [finding] = _check(tmp_path, plan)
    assert finding.pointer == "/areas/1/decisions/0"
    assert finding.message == (
        "the area 'forvaltninger' has success criteria, but a decision records that the source gives it none"
    )
    with speaking("da"):
        [danish] = _check(tmp_path / "da", plan)
    assert danish.message == (
        "indsatsområdet 'forvaltninger' har succeskriterier, men en beslutning siger, at kilden ikke giver det nogen"
    )


def test_a_measurement_decision_on_a_criterion_that_says_how_it_is_measured(tmp_path: Path) -> None:
    plan = _decide("          - {about: measurement, by: Anna Jensen, on: 2026-11-30}\n")  # measured_by: survey
    [finding] = _check(tmp_path, plan)
    assert finding.pointer == "/areas/1/criteria/0/decisions/0"
    assert "says how it is measured, but a decision records that the source does not say" in finding.message


def test_a_confirmed_reading_on_a_target_not_read_from_context(tmp_path: Path) -> None:
    [finding] = _check(tmp_path, _decide(READING, after="counted: initiativer}\n        measured_by: count\n"))
    assert finding.pointer == "/areas/0/criteria/0/decisions/0"
    assert "'initiativer' has no reading read from context, but a decision confirms one" in finding.message
