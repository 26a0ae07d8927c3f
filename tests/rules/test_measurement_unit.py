from __future__ import annotations

from pathlib import Path

from helpers import by_rule
from measurement_repo import check_measurements

RULE = "measurement-unit"

SATISFACTION = """\
  - id: tilfredshed
    text: 35 ud af 36 rekvirenter er tilfredse
    criterion: p/tilfredshed
    numerator: 35
    denominator: 36
    unit: percent
    date: "2008"
  - id: besoeg
    text: besøgt 100 integrationsprojekter
    indicator: tfi-projektbesoeg
    criterion: p/projektbesoeg
    value: 100
    unit: count
    date: "2008"
"""


def test_units_that_match_pass(tmp_path: Path) -> None:
    assert by_rule(check_measurements(tmp_path, SATISFACTION), RULE) == []


def test_a_share_without_a_unit_counts_as_percent(tmp_path: Path) -> None:
    body = SATISFACTION.replace("    unit: percent\n", "", 1)
    assert by_rule(check_measurements(tmp_path, body), RULE) == []


def test_a_count_against_a_percent_target_fails(tmp_path: Path) -> None:
    body = SATISFACTION.replace(
        "    numerator: 35\n    denominator: 36\n    unit: percent\n", "    value: 35\n    unit: count\n"
    )
    [finding] = by_rule(check_measurements(tmp_path, body), RULE)
    assert finding.pointer == "/measurements/0/unit"
    assert "tilfredshed is in a count, but the target of p/tilfredshed is in per cent" in finding.message


def test_a_unit_other_than_the_indicators_fails(tmp_path: Path) -> None:
    body = SATISFACTION.replace("    criterion: p/projektbesoeg\n", "").replace(
        "value: 100\n    unit: count", "value: 100\n    unit: kr"
    )
    [finding] = by_rule(check_measurements(tmp_path, body), RULE)
    assert finding.pointer == "/measurements/1/unit"
    assert "the indicator tfi-projektbesoeg is in a count" in finding.message


def test_a_value_without_a_unit_fails(tmp_path: Path) -> None:
    body = SATISFACTION.replace("value: 100\n    unit: count\n", "value: 100\n")
    [finding] = by_rule(check_measurements(tmp_path, body), RULE)
    assert finding.pointer == "/measurements/1" and "has the value 100 but no unit" in finding.message


def test_a_share_in_a_count_fails(tmp_path: Path) -> None:
    body = SATISFACTION.replace("    criterion: p/tilfredshed\n", "").replace("unit: percent", "unit: count")
    [finding] = by_rule(check_measurements(tmp_path, body), RULE)
    assert "is a share (35 of 36) but its unit is a count" in finding.message
