from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from helpers import MANDATE, PLAN, by_rule, check_files
from hypothesis import given, settings
from hypothesis import strategies as st

from tfi_rules.rules import RULES
from tfi_rules.rules.change_target import end_level

RULE = "change-target"
POINTER = "/areas/1/criteria/1/target"

EMPLOYMENT = """\
      - id: beskaeftigelse
        text: beskæftigelsesfrekvensen øges med 10 procentpoint til ca. 64 pct.
        target:
          kind: change
          direction: increase
          by: 10
          mode: percentage_points
          unit: percent
          baseline: {value: 54.40, date: "2007", method: Integrationsbarometeret}
          end_level: 64.40
"""

UNEMPLOYMENT = """\
      - id: uden-tilknytning
        text: andelen uden tilknytning reduceres med 10 pct.
        target:
          kind: change
          direction: decrease
          by: 10
          mode: relative_percent
          unit: percent
          baseline: {value: 49.5, date: "2007", method: register}
          end_level: 44.55
"""


def _check(tmp_path: Path, criteria: str) -> list:
    plan = PLAN.replace("        measured_by: survey\n", "        measured_by: survey\n" + criteria, 1)
    result = check_files(tmp_path, {"plans/mandate.yaml": MANDATE, "plans/p.yaml": plan})
    assert all(finding.rule in RULES for finding in result.findings), result.findings  # the plan is valid
    return by_rule(result, RULE)


def test_end_levels_that_add_up_pass_in_points_and_relative(tmp_path: Path) -> None:
    assert _check(tmp_path, EMPLOYMENT + UNEMPLOYMENT.replace("id: uden", "id: x-uden")) == []


def test_a_change_without_an_amount_or_baseline_passes(tmp_path: Path) -> None:
    rise = "      - id: stige\n        text: skal stige\n        target: {kind: change, direction: increase, unit: percent}\n"
    assert _check(tmp_path, rise) == []


def test_an_end_level_that_does_not_add_up_fails_with_the_arithmetic(tmp_path: Path) -> None:
    [finding] = _check(tmp_path, EMPLOYMENT.replace("end_level: 64.40", "end_level: 64"))
    assert finding.pointer == POINTER + "/end_level"
    assert "54.40 + 10 percentage points = 64.40, but the stated end level is 64.00" in finding.message
    assert "ca." not in finding.message


def test_an_approximate_end_level_is_still_reported_and_says_ca(tmp_path: Path) -> None:
    criterion = EMPLOYMENT.replace("end_level: 64.40", "end_level: 64\n          approximate: true")
    [finding] = _check(tmp_path, criterion)
    assert "is 64.00" in finding.message and 'says "ca."' in finding.message


def test_a_relative_end_level_taken_as_points_fails(tmp_path: Path) -> None:
    [finding] = _check(tmp_path, UNEMPLOYMENT.replace("end_level: 44.55", "end_level: 39.5"))
    assert finding.pointer == POINTER + "/end_level"
    assert "49.5 reduced by 10 % of itself = 44.55" in finding.message and "39.5" in finding.message


def test_a_change_by_an_amount_without_mode_fails_and_shows_both_readings(tmp_path: Path) -> None:
    [finding] = _check(tmp_path, UNEMPLOYMENT.replace("          mode: relative_percent\n", ""))
    assert finding.pointer == POINTER
    assert "39.5 in percentage points" in finding.message and "44.55 as a relative change" in finding.message
    assert "fits relative_percent" in finding.message


def test_a_change_by_an_amount_without_baseline_fails(tmp_path: Path) -> None:
    criterion = EMPLOYMENT.replace(
        '          baseline: {value: 54.40, date: "2007", method: Integrationsbarometeret}\n', ""
    )
    [finding] = _check(tmp_path, criterion)
    assert finding.pointer == POINTER and "no baseline" in finding.message


def test_an_increase_to_a_lower_end_level_fails(tmp_path: Path) -> None:
    criterion = EMPLOYMENT.replace("          by: 10\n", "").replace("          mode: percentage_points\n", "")
    [finding] = _check(tmp_path, criterion.replace("end_level: 64.40", "end_level: 50"))
    assert finding.pointer == POINTER + "/direction"
    assert "increase from 54.40" in finding.message and "50 is lower" in finding.message


def test_a_range_with_min_above_max_fails(tmp_path: Path) -> None:
    criterion = "      - id: r\n        text: mellem\n        target: {kind: range, min: 20, max: 10, unit: count}\n"
    [finding] = _check(tmp_path, criterion)
    assert finding.pointer == POINTER + "/min" and "lower bound is above the upper bound" in finding.message


@settings(max_examples=100, deadline=None)
@given(
    st.integers(min_value=0, max_value=10000),
    st.integers(min_value=0, max_value=10000),
    st.sampled_from(["increase", "decrease"]),
)
def test_relative_end_levels_are_exact(baseline_hundredths: int, by_hundredths: int, direction: str) -> None:
    baseline, by = Decimal(baseline_hundredths) / 100, Decimal(by_hundredths) / 100
    sign = 1 if direction == "increase" else -1
    level = end_level(baseline, by, direction, "relative_percent")
    # baseline × (1 ± by/100), checked in whole units of 1/1,000,000 without any rounding.
    assert level * 1_000_000 == baseline_hundredths * (10000 + sign * by_hundredths)
    assert end_level(baseline, by, direction, "percentage_points") == baseline + sign * by


def test_an_end_level_recorded_as_a_reading_beside_baseline_and_change_passes(tmp_path: Path) -> None:
    # Seed 004: "øges med 10 procentpoint til ca. 64 pct." from 54,40: both 64.00 and 64.40 are readings.
    both = EMPLOYMENT.replace(
        "end_level: 64.40", "end_level: 64.00\n          readings: [{kind: end_level}, {kind: percentage_points}]"
    )
    assert _check(tmp_path, both) == []


def test_a_reading_without_its_number_fails(tmp_path: Path) -> None:
    unread = UNEMPLOYMENT.replace("          end_level: 44.55\n", "          readings: [{kind: end_level}]\n")
    findings = _check(tmp_path, unread)
    assert [(f.pointer, f.message) for f in findings] == [
        (f"{POINTER}/readings/0", "uden-tilknytning has the reading end_level, but not the number it reads")
    ]
