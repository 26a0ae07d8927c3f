from __future__ import annotations

from pathlib import Path

from helpers import by_rule
from measurement_repo import check_measurements

RULE = "measurement-reference"

VISITS = """\
  - id: besoeg
    text: besøgt 100 integrationsprojekter
    indicator: tfi-projektbesoeg
    criterion: p/projektbesoeg
    value: 100
    unit: count
    date: "2008"
"""


def test_existing_indicator_and_criterion_pass(tmp_path: Path) -> None:
    assert by_rule(check_measurements(tmp_path, VISITS), RULE) == []


def test_a_misspelt_criterion_fails_with_a_suggestion(tmp_path: Path) -> None:
    [finding] = by_rule(check_measurements(tmp_path, VISITS.replace("p/projektbesoeg", "p/projektbesog")), RULE)
    assert finding.pointer == "/measurements/0/criterion" and finding.line == 9
    assert "the plan p has no criterion 'projektbesog'" in finding.message
    assert "did you mean 'p/projektbesoeg'" in finding.message


def test_a_criterion_of_an_unknown_plan_fails(tmp_path: Path) -> None:
    [finding] = by_rule(check_measurements(tmp_path, VISITS.replace("p/projektbesoeg", "q/projektbesoeg")), RULE)
    assert "there is no plan 'q'" in finding.message


def test_a_misspelt_indicator_fails_with_a_suggestion(tmp_path: Path) -> None:
    body = VISITS.replace("indicator: tfi-projektbesoeg", "indicator: tfi-projektbesog")
    [finding] = by_rule(check_measurements(tmp_path, body), RULE)
    assert finding.pointer == "/measurements/0/indicator"
    assert "'tfi-projektbesog', which no plan declares" in finding.message
    assert "'tfi-projektbesoeg'" in finding.message


def test_a_measurement_naming_nothing_fails(tmp_path: Path) -> None:
    body = VISITS.replace("    indicator: tfi-projektbesoeg\n", "").replace("    criterion: p/projektbesoeg\n", "")
    [finding] = by_rule(check_measurements(tmp_path, body), RULE)
    assert finding.pointer == "/measurements/0" and "names neither" in finding.message
