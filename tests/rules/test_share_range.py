from __future__ import annotations

from pathlib import Path

from helpers import MANDATE, PLAN, by_rule, check_files

from tfi_rules.rules import RULES

RULE = "share-range"

GROUP = """\
      - id: intdag-foreninger
        text: 60 foreninger deltager
        target: {kind: at_least, value: 60, unit: count, counted: foreninger, inferred: true}
      - id: intdag-nye
        text: 40 % af disse 60 foreninger er nye
        target:
          kind: at_least
          value: 40
          unit: percent
          population: {value: 60, criterion: intdag-foreninger, text: disse 60 foreninger}
"""


def _plan_with(criteria: str) -> str:
    # Extra criteria go into the area "forvaltninger", after its survey criterion.
    return PLAN.replace("        measured_by: survey\n", "        measured_by: survey\n" + criteria, 1)


def _measurements(body: str) -> str:
    return (
        "kind: measurements\nid: m\ntitle: Status\nsource: {title: Status}\nmeasurements:\n"
        '  - id: m-tilfredshed\n    text: tilfredse\n    criterion: p/tilfredshed\n    date: "2008"\n' + body
    )


def _check(tmp_path: Path, plan: str, measurements: str | None = None) -> list:
    files = {"plans/mandate.yaml": MANDATE, "plans/p.yaml": plan}
    if measurements is not None:
        files["measurements/m.yaml"] = measurements
    result = check_files(tmp_path, files)
    assert all(finding.rule in RULES for finding in result.findings), result.findings  # every file is valid
    return by_rule(result, RULE)


def test_shares_within_0_and_100_and_a_matching_group_pass(tmp_path: Path) -> None:
    assert _check(tmp_path, _plan_with(GROUP)) == []


def test_a_target_above_100_percent_fails(tmp_path: Path) -> None:
    plan = PLAN.replace("value: 75, unit: percent", "value: 105, unit: percent")
    [finding] = _check(tmp_path, plan)
    assert finding.pointer == "/areas/1/criteria/0/target/value"
    assert "the target of tilfredshed is 105 %, more than 100 %" in finding.message


def test_a_negative_baseline_in_percent_fails(tmp_path: Path) -> None:
    change = """\
      - id: ledighed
        text: ledigheden skal falde
        target:
          kind: change
          direction: decrease
          unit: percent
          baseline: {value: -2, date: "2007", method: register}
"""
    [finding] = _check(tmp_path, _plan_with(change))
    assert finding.pointer == "/areas/1/criteria/1/target/baseline/value"
    assert "less than 0 %" in finding.message


def test_a_group_size_other_than_the_groups_criterion_fails(tmp_path: Path) -> None:
    plan = _plan_with(GROUP.replace("value: 60, unit: count", "value: 50, unit: count"))
    [finding] = _check(tmp_path, plan)
    assert finding.pointer == "/areas/1/criteria/2/target/population/value"
    assert "group of 60" in finding.message and "intdag-foreninger" in finding.message
    assert "aims at 50" in finding.message


def test_a_group_criterion_that_does_not_exist_fails_with_a_suggestion(tmp_path: Path) -> None:
    plan = _plan_with(GROUP.replace("criterion: intdag-foreninger", "criterion: intdag-forening"))
    [finding] = _check(tmp_path, plan)
    assert finding.pointer == "/areas/1/criteria/2/target/population/criterion"
    assert "no criterion with that id" in finding.message and "'intdag-foreninger'" in finding.message


def test_a_measured_share_within_its_whole_passes(tmp_path: Path) -> None:
    body = "    numerator: 35\n    denominator: 36\n    unit: percent\n"
    assert _check(tmp_path, PLAN, _measurements(body)) == []


def test_a_numerator_above_its_denominator_fails(tmp_path: Path) -> None:
    body = "    numerator: 37\n    denominator: 36\n    unit: percent\n"
    [finding] = _check(tmp_path, PLAN, _measurements(body))
    assert finding.file.endswith("m.yaml") and finding.pointer == "/measurements/0/numerator"
    assert "37 of 36" in finding.message


def test_a_measured_value_above_100_percent_fails(tmp_path: Path) -> None:
    body = "    value: 100.5\n    unit: percent\n"
    [finding] = _check(tmp_path, PLAN, _measurements(body))
    assert finding.pointer == "/measurements/0/value" and "100.5 %" in finding.message


def test_exactly_0_and_100_percent_pass(tmp_path: Path) -> None:
    plan = PLAN.replace("value: 75, unit: percent", "value: 100, unit: percent")
    body = "    value: 0\n    unit: percent\n"
    assert _check(tmp_path, plan, _measurements(body)) == []
