"""Verdict semantics, one status at a time, then properties, then exact output formats."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest
from helpers import MANDATE, write_repo
from hypothesis import given, settings
from hypothesis import strategies as st

from tfi_rules.load.loader import load_text
from tfi_rules.model import MeasurementFile, Plan
from tfi_rules.model.build import validated
from tfi_rules.verdict.judge import MeasurementIndex, Row, Status, judge_plan
from tfi_rules.verdict.render import render
from tfi_rules.verdict.run import VerdictRun, run_verdict

REPO = Path(__file__).resolve().parents[2]

PLAN = """\
kind: plan
id: p
title: Mål
document_kind: statusredegørelse
source: {seed: test}
period: {start: 2007-01-01, end: 2010-12-31}
indicators:
  - {id: beskaeftigelse, title: Andel beskæftigede, unit: percent, method: inkl. SU}
areas:
  - id: a
    title: Mål
    criteria:
{criteria}
"""


def plan(criteria: str) -> Plan:
    indented = "\n".join("      " + line for line in criteria.strip("\n").splitlines())
    return validated(Plan, load_text(PLAN.replace("{criteria}", indented)).data)


def measurements(body: str) -> MeasurementIndex:
    text = "kind: measurements\nid: m\ntitle: M\nsource: {seed: test}\nmeasurements:\n" + body
    return MeasurementIndex.of([validated(MeasurementFile, load_text(text).data)])


def verdicts(criteria: str, body: str, as_of: date = date(2026, 11, 23)) -> dict[str, Row]:
    rows = judge_plan(plan(criteria), measurements(body), as_of)
    return {row.criterion: row for row in rows}


AT_LEAST = """\
- id: c
  text: mindst 25 projektbesøg
  target: {kind: at_least, value: 25, unit: count}
"""


def count(value: str, when: str = "2008", **extra: str) -> str:
    lines = [
        f"  - id: x{abs(hash((value, when))) % 10**6}",
        "    text: t",
        "    criterion: p/c",
        f"    value: {value}",
        "    unit: count",
        f'    date: "{when}"',
    ]
    lines += [f"    {key}: {val}" for key, val in extra.items()]
    return "\n".join(lines) + "\n"


def test_met_when_the_latest_figure_reaches_an_at_least_target() -> None:
    assert verdicts(AT_LEAST, count("25"))["c"].status is Status.MET


def test_not_met_after_the_period_when_below() -> None:
    row = verdicts(AT_LEAST, count("24", "2010"))["c"]
    assert row.status is Status.NOT_MET and row.actual == "24"


def test_the_latest_figure_counts_not_the_best() -> None:
    row = verdicts(AT_LEAST, count("30", "2009") + count("20", "2010"))["c"]
    assert row.status is Status.NOT_MET and row.actual_date == "2010"


def test_figures_after_as_of_do_not_count_yet() -> None:
    row = verdicts(AT_LEAST, count("30", "2008") + count("20", "2009"), as_of=date(2008, 12, 31))["c"]
    assert row.status is Status.MET and row.actual_date == "2008"


def test_no_data_after_the_period_and_pending_before() -> None:
    assert verdicts(AT_LEAST, count("1", "2030"))["c"].status is Status.NO_DATA  # dated after as-of
    assert verdicts(AT_LEAST, count("1", "2030"), as_of=date(2009, 1, 1))["c"].status is Status.PENDING


def test_an_interim_figure_after_the_due_date_is_no_final_figure_never_not_met() -> None:
    # The period runs to 2010-12-31; a 2008 figure below the target is a status on the way, not the result.
    row = verdicts(AT_LEAST, count("10", "2008"))["c"]
    assert row.status is Status.NO_FINAL and row.actual_date == "2008"
    assert "2008" in row.reason and "2010-12-31" in row.reason


def test_a_reached_share_is_met_early_only_when_it_cannot_be_undone() -> None:
    share = "- id: c\n  text: 40 pct.\n  target: {kind: at_least, value: 40, unit: percent}\n"
    body = '  - {id: m1, text: t, criterion: p/c, value: 45, unit: percent, date: "2008"}\n'
    assert verdicts(share, body)["c"].status is Status.NO_FINAL  # a share can fall back by 2010
    assert verdicts(share, body, as_of=date(2009, 1, 1))["c"].status is Status.PENDING
    # A count that has reached its number stays reached: met at once, before or after the due date.
    assert verdicts(AT_LEAST, count("25", "2008"))["c"].status is Status.MET
    assert verdicts(AT_LEAST, count("25", "2008"), as_of=date(2009, 1, 1))["c"].status is Status.MET


def test_a_yearly_count_after_one_quarter_is_paced_against_its_year() -> None:
    criteria = '- id: c\n  text: På årsplan 200\n  due: "2009"\n  target: {kind: at_least, value: 200, unit: count}\n'
    quarter = "  - {id: m1, text: t, criterion: p/c, value: 50, unit: count, date: 2009-Q1}\n"
    row = verdicts(criteria, quarter)["c"]
    # 50 of 200 is 25 % of the way after 89 of 364 days of 2009 (24.5 %): on track.
    assert row.status is Status.NO_FINAL and row.progress == Fraction(1, 4) and row.on_track is True
    slow = quarter.replace("value: 50", "value: 40")
    assert verdicts(criteria, slow)["c"].on_track is False


def test_a_final_figure_dated_at_the_end_of_the_period_is_judged() -> None:
    assert verdicts(AT_LEAST, count("10", "2010"))["c"].status is Status.NOT_MET
    assert verdicts(AT_LEAST, count("10", "2010-12"))["c"].status is Status.NOT_MET
    assert verdicts(AT_LEAST, count("10", "2010-11"))["c"].status is Status.NO_FINAL


def test_comparison_is_exact_no_rounding() -> None:
    criteria = "- id: c\n  text: 64 pct.\n  target: {kind: at_least, value: 64, unit: percent}\n"
    body = '  - {id: m1, text: t, criterion: p/c, value: 63.96, unit: percent, date: "2010"}\n'
    assert verdicts(criteria, body)["c"].status is Status.NOT_MET


def test_share_from_numerator_and_denominator_35_of_36() -> None:
    criteria = "- id: c\n  text: 75 pct.\n  target: {kind: at_least, value: 75, unit: percent}\n"
    body = (
        '  - {id: m1, text: 35 ud af 36, criterion: p/c, numerator: 35, denominator: 36, unit: percent, date: "2010"}\n'
    )
    row = verdicts(criteria, body)["c"]
    assert row.status is Status.MET and row.actual == "35 of 36 = 97.22 %"


def test_direction_a_fall_is_met_only_by_a_fall() -> None:
    criteria = """\
- id: c
  text: skal falde fra udgangspunktet i marts 2007 på 27 pct.
  target:
    kind: change
    direction: decrease
    unit: percent
    baseline: {value: 27, date: 2007-03, method: barometer}
"""
    same = '  - {id: m1, text: t, criterion: p/c, value: 27, unit: percent, date: "2010", method: barometer}\n'
    fall = '  - {id: m1, text: t, criterion: p/c, value: 26.9, unit: percent, date: "2010", method: barometer}\n'
    assert verdicts(criteria, same)["c"].status is Status.NOT_MET
    assert verdicts(criteria, fall)["c"].status is Status.MET


def test_at_most_is_met_at_or_below() -> None:
    criteria = "- id: c\n  text: ned på 18 pct.\n  target: {kind: at_most, value: 18, unit: percent}\n"
    at = '  - {id: m1, text: t, criterion: p/c, value: 18, unit: percent, date: "2010"}\n'
    above = '  - {id: m1, text: t, criterion: p/c, value: 18.1, unit: percent, date: "2010"}\n'
    assert verdicts(criteria, at)["c"].status is Status.MET
    assert verdicts(criteria, above)["c"].status is Status.NOT_MET


EMPLOYMENT = """\
- id: beskaeftigelse-64
  text: øges med 10 procentpoint til ca. 64 pct.
  indicator: beskaeftigelse
  due: "2010"
  target:
    kind: change
    direction: increase
    by: 10
    mode: percentage_points
    unit: percent
    end_level: 64.00
    approximate: true
    baseline: {value: 54.40, date: 2007-spring, method: inkl. SU}
"""


def test_a_figure_under_another_method_is_not_comparable() -> None:
    body = "  - {id: m1, text: t, indicator: beskaeftigelse, value: 59.90, unit: percent, date: 2008-08, method: uden SU}\n"
    row = verdicts(EMPLOYMENT, body)["beskaeftigelse-64"]
    assert row.status is Status.NOT_COMPARABLE and "uden SU" in row.reason


def test_pending_change_shows_progress_and_track() -> None:
    # 54.40 → 59.90 of a 10-point rise is 55 % of the way by August 2008; the straight line from
    # spring 2007 (end of May) to the end of 2010 expects about 37 % by then: on track.
    body = "  - {id: m1, text: t, indicator: beskaeftigelse, value: 59.90, unit: percent, date: 2008-08, method: inkl. SU}\n"
    row = verdicts(EMPLOYMENT, body, as_of=date(2009, 6, 30))["beskaeftigelse-64"]
    assert row.status is Status.PENDING
    assert row.progress == Decimal("5.5") / Decimal(10)
    assert row.on_track is True


def test_change_without_amount_is_met_by_any_rise() -> None:
    criteria = """\
- id: c
  text: Andel skal stige
  target: {kind: change, direction: increase, unit: percent, baseline: {value: 48.50, date: 2007-spring, method: m}}
"""
    body = '  - {id: m1, text: t, criterion: p/c, value: 55.00, unit: percent, date: "2010", method: m}\n'
    assert verdicts(criteria, body)["c"].status is Status.MET


def test_indicator_figures_count_only_inside_the_period() -> None:
    criteria = '- id: c\n  text: t\n  indicator: beskaeftigelse\n  due: "2008"\n  target: {kind: at_least, value: 50, unit: percent}\n'
    after = '  - {id: m1, text: t, indicator: beskaeftigelse, value: 60, unit: percent, date: "2009"}\n'
    assert verdicts(criteria, after)["c"].status is Status.NO_DATA


def test_parent_is_met_only_when_all_sub_criteria_are_met() -> None:
    criteria = """\
- id: c
  text: mindst 5 initiativer, hvoraf
  target: {kind: at_least, value: 5, unit: count}
  of_which:
    - id: c1
      text: mindst 1 initiativ
      target: {kind: at_least, value: 1, unit: count}
"""
    body = (
        '  - {id: m1, text: t, criterion: p/c, value: 5, unit: count, date: "2008"}\n'
        '  - {id: m2, text: t, criterion: p/c1, value: 0, unit: count, date: "2010"}\n'
    )
    rows = verdicts(criteria, body)
    assert rows["c1"].status is Status.NOT_MET
    assert rows["c"].status is Status.NOT_MET and "c1" in rows["c"].reason
    fixed = body.replace("value: 0", "value: 1")
    assert verdicts(criteria, fixed)["c"].status is Status.MET


def test_qualitative_and_done_and_all() -> None:
    criteria = """\
- id: q
  text: styrke kommunikation
  target: {kind: qualitative}
- id: d
  text: møde afholdes i foråret 2008
  due: 2008-spring
  target: {kind: done}
- id: alle
  text: deltaget i alle styregruppemøder
  target: {kind: all, counted: styregruppemøder}
"""
    body = (
        '  - {id: m1, text: t, criterion: p/q, assessment: styrket, date: "2008"}\n'
        "  - {id: m2, text: t, criterion: p/d, done: true, date: 2008-04}\n"
        '  - {id: m3, text: t, criterion: p/alle, numerator: 11, denominator: 12, unit: count, date: "2010"}\n'
    )
    rows = verdicts(criteria, body)
    assert rows["q"].status is Status.QUALITATIVE and rows["q"].actual == "styrket"
    assert rows["d"].status is Status.MET
    assert rows["alle"].status is Status.NOT_MET


def test_a_verdict_waiver_marks_the_criterion_waived() -> None:
    text = PLAN.replace("{criteria}", "      " + AT_LEAST.strip().replace("\n", "\n      ")) + (
        "waivers:\n  - {rule: verdict, applies_to: c, reason: målet udgik, approved_by: udvalget}\n"
    )
    waived = validated(Plan, load_text(text).data)
    [row] = judge_plan(waived, measurements(count("1")), date(2026, 1, 1))
    assert row.status is Status.WAIVED and "målet udgik" in row.reason


def test_a_plans_waiver_scopes_are_worked_out_once_a_plan(monkeypatch: pytest.MonkeyPatch) -> None:
    """The places a waiver may name are walked once a plan, not once a criterion and waiver."""
    from tfi_rules.model import walk

    criteria = "".join(AT_LEAST.replace("id: c", f"id: c{number}") for number in range(5))
    text = PLAN.replace("{criteria}", "      " + criteria.strip().replace("\n", "\n      ")) + (
        "waivers:\n"
        "  - {rule: verdict, applies_to: c1, reason: målet udgik, approved_by: udvalget}\n"
        "  - {rule: verdict, applies_to: [c3, /areas/0/criteria/4], reason: målene udgik, approved_by: udvalget}\n"
    )
    waived = validated(Plan, load_text(text).data)
    walks: list[object] = []
    named_pointers = walk.named_pointers

    def counting(model: object) -> dict[str, str]:
        walks.append(model)
        return named_pointers(model)

    monkeypatch.setattr(walk, "named_pointers", counting)
    rows = judge_plan(waived, measurements(count("1")), date(2026, 1, 1))
    assert [row.criterion for row in rows if row.status is Status.WAIVED] == ["c1", "c3", "c4"]
    assert [row.reason for row in rows if row.status is Status.WAIVED][1:] == [
        "målene udgik (approved by udvalget)"
    ] * 2
    assert len(walks) == 1 and walks[0] is waived  # was once a criterion and waiver: 10


values = st.decimals(min_value=0, max_value=1000, places=2)


@settings(max_examples=80, deadline=None)
@given(values, values, values)
def test_a_larger_actual_never_turns_met_into_not_met(target: Decimal, actual: Decimal, more: Decimal) -> None:
    # A count is zero or more (the model refuses less), so a better figure for at_most stops at 0.
    for kind, larger in (("at_least", actual + more), ("at_most", max(actual - more, Decimal(0)))):
        criteria = f"- id: c\n  text: t\n  target: {{kind: {kind}, value: {target}, unit: count}}\n"
        first = verdicts(criteria, count(str(actual)))["c"].status
        second = verdicts(criteria, count(str(larger)))["c"].status
        if first is Status.MET:
            assert second is Status.MET


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="abcdefghij SU", min_size=1, max_size=8).filter(str.strip), values)
def test_never_compares_figures_of_different_methods(method: str, value: Decimal) -> None:
    body = (
        f"  - {{id: m1, text: t, indicator: beskaeftigelse, value: {value}, unit: percent, "
        f'date: 2008-08, method: "{method}"}}\n'
    )
    row = verdicts(EMPLOYMENT, body)["beskaeftigelse-64"]
    if method.strip() != "inkl. SU" and method != "inkl. SU":
        assert row.status is Status.NOT_COMPARABLE


def _repo(tmp_path: Path) -> Path:
    criteria = AT_LEAST + "- id: q\n  text: styrke dialog\n  target: {kind: qualitative}\n"
    indented = "\n".join("      " + line for line in criteria.strip("\n").splitlines())
    return write_repo(
        tmp_path,
        {
            "plans/mandate.yaml": MANDATE,
            "plans/p.yaml": PLAN.replace("{criteria}", indented),
            "measurements/m.yaml": "kind: measurements\nid: m\ntitle: M\nsource: {seed: t}\nmeasurements:\n"
            + count("30", "2008").replace("x", "besoeg-", 1),
        },
    )


def test_json_output_exact(tmp_path: Path) -> None:
    root = _repo(tmp_path)
    run = run_verdict([root / "plans"], [root / "measurements"], date(2009, 1, 1))
    rows = json.loads(render(run, run.rows, "json"))
    assert rows == [
        {
            "plan": "p",
            "criterion": "c",
            "parent": None,
            "text": "mindst 25 projektbesøg",
            "target": "≥ 25",
            "actual": "30",
            "actual_date": "2008",
            "as_of": "2009-01-01",
            "status": "met",
            "reason": "",
            "measurement": rows[0]["measurement"],
            "progress": None,
            "on_track": None,
            "decisions": [],
            "readings": [],
            "plan_waived_errors": [],  # the plan has no waiver
        },
        {
            "plan": "p",
            "criterion": "q",
            "parent": None,
            "text": "styrke dialog",
            "target": "qualitative",
            "actual": None,
            "actual_date": None,
            "as_of": "2009-01-01",
            "status": "qualitative",
            "reason": "no number to compare; no assessment recorded",
            "measurement": None,
            "progress": None,
            "on_track": None,
            "decisions": [],
            "readings": [],
            "plan_waived_errors": [],  # the plan has no waiver
        },
    ]
    assert rows[0]["measurement"].startswith("besoeg-")


def test_markdown_output_exact(tmp_path: Path) -> None:
    root = _repo(tmp_path)
    run = run_verdict([root / "plans"], [root / "measurements"], date(2009, 1, 1))
    assert render(run, run.rows, "markdown") == (
        "## p: Mål\n"
        "\n"
        "_Judged as of 2009-01-01_\n"
        "\n"
        "| criterion   | wording                | target      | actual    | verdict     |\n"
        "|-------------|------------------------|-------------|-----------|-------------|\n"
        "| c           | mindst 25 projektbesøg | ≥ 25        | 30 (2008) | met         |\n"
        "| q           | styrke dialog          | qualitative | —         | qualitative |\n"
        "\n"
        "**Why:**\n"
        "- `q` (qualitative): no number to compare; no assessment recorded\n"
        "\n"
        "**Summary:** 1 met, 1 qualitative\n"
        "\n"
        "**All plans:** 1 met, 1 qualitative\n"
    )


@pytest.mark.parametrize("fmt", ["text", "csv"])
def test_other_formats_carry_every_row(tmp_path: Path, fmt: str) -> None:
    root = _repo(tmp_path)
    run = run_verdict([root / "plans"], [root / "measurements"], date(2009, 1, 1))
    output = render(run, run.rows, fmt)
    assert "mindst 25 projektbesøg" in output and "styrke dialog" in output


def test_a_measurement_file_among_the_plans_counts_for_plans_read_before_it(tmp_path: Path) -> None:
    # Plans are judged as they are read; a measurement file kept in plans/ (read after p.yaml,
    # by name) must still count for p, as it would if it lay in measurements/.
    root = _repo(tmp_path)
    (root / "measurements" / "m.yaml").rename(root / "plans" / "zz-m.yaml")
    run = run_verdict([root / "plans"], [root / "measurements"], date(2009, 1, 1), keep_plans=False)
    assert [(row.criterion, row.status.value, row.actual) for row in run.rows] == [
        ("c", "met", "30"),
        ("q", "qualitative", None),
    ]
    assert run.plans == [] and run.titles == {"p": "Mål"}


def _taking(refuse_at: int | None = None) -> tuple[list[str], Callable[[VerdictRun, Plan, str, list[Row]], bool]]:
    """An `on_plan` that takes plans one at a time (their ids, in a list) and refuses the plan at `refuse_at`."""
    taken: list[str] = []

    def on_plan(_run: VerdictRun, plan: Plan, _path: str, _rows: list[Row]) -> bool:
        if len(taken) == refuse_at:
            return False
        taken.append(plan.id)
        return True

    return taken, on_plan


@pytest.mark.parametrize("refuse_at", [0, 2])
def test_a_run_whose_caller_refuses_a_plan_holds_every_plan_as_one_never_handing_them_over(refuse_at: int) -> None:
    # The report takes plans one at a time until it needs every plan at once (a plan id read twice):
    # from there the run keeps the plans and rows, and reads the plans it handed over again.
    paths = [REPO / "plans"], [REPO / "measurements"]
    whole = run_verdict(*paths, date(2009, 6, 30))
    taken, on_plan = _taking(refuse_at)
    run = run_verdict(*paths, date(2009, 6, 30), on_plan=on_plan)
    assert run.whole and len(whole.plans) == 4 and taken == [plan.id for plan in whole.plans[:refuse_at]]
    assert run.plans == whole.plans and run.rows == whole.rows and run.plan_files == whole.plan_files


def test_a_run_handing_every_plan_over_keeps_none() -> None:
    taken, on_plan = _taking()
    run = run_verdict([REPO / "plans"], [REPO / "measurements"], date(2009, 6, 30), on_plan=on_plan)
    assert not run.whole and run.plans == [] and run.rows == [] and taken == list(run.titles) and len(taken) == 4


def test_a_measurement_file_among_plans_handed_over_makes_the_run_keep_them_all(tmp_path: Path) -> None:
    root = _repo(tmp_path)
    (root / "measurements" / "m.yaml").rename(root / "plans" / "zz-m.yaml")  # read after p.yaml, by name
    taken, on_plan = _taking()
    run = run_verdict([root / "plans"], [root / "measurements"], date(2009, 1, 1), on_plan=on_plan)
    assert run.whole and taken == ["p"] and [plan.id for plan in run.plans] == ["p"]
    assert [(row.criterion, row.status.value, row.actual) for row in run.rows] == [
        ("c", "met", "30"),  # judged again, with the figure read after it
        ("q", "qualitative", None),
    ]


TWO_READINGS = """\
- id: c
  text: reduceres med 10 pct.
  due: "2010"
  target:
    kind: change
    direction: decrease
    by: 10
    mode: relative_percent
    baseline: {value: 49.5, text: "faldet fra 49,5 pct."}
    unit: percent
    readings:
      - {kind: relative_percent, text: reduceres med 10 pct.}
      - {kind: percentage_points, text: reduceres med ti procentpoint}
"""


def test_a_goal_with_two_readings_depends_on_the_reading_when_they_disagree() -> None:
    final = '  - {id: m1, text: t, criterion: p/c, value: 42.1, unit: percent, date: "2010"}\n'
    row = verdicts(TWO_READINGS, final)["c"]
    # 49.5 - 10 % of 49.5 = 44.55: 42.1 meets it; 49.5 - 10 points = 39.5: 42.1 does not.
    assert row.status is Status.DEPENDS
    assert (
        row.target == "−10 % from 49.5 % (date not stated): 44.55 % as a relative change or 39.5 % in percentage points"
    )
    assert row.reason == (
        "depends on the reading: met (44.55 % as a relative change), not met (39.5 % in percentage points)"
    )
    assert [(r.reading, r.status) for r in row.readings] == [
        ("relative_percent", Status.MET),
        ("percentage_points", Status.NOT_MET),
    ]
    assert row.to_json()["readings"] == [
        {
            "reading": "relative_percent",
            "target": "44.55 % as a relative change",
            "status": "met",
            "progress": None,
            "on_track": None,
        },
        {
            "reading": "percentage_points",
            "target": "39.5 % in percentage points",
            "status": "not met",
            "progress": None,
            "on_track": None,
        },
    ]
    assert row.not_met_under_a_reading  # what `--fail-on not-met` fails on: one reading is enough
    agreed = verdicts(TWO_READINGS, final.replace("42.1", "39"))["c"]
    assert agreed.status is Status.MET and agreed.reason.startswith("under every reading: met (44.55 %")
    assert not agreed.not_met_under_a_reading


def test_each_reading_shows_its_way_on_an_interim_figure() -> None:
    interim = "  - {id: m1, text: t, criterion: p/c, value: 42.1, unit: percent, date: 2008-06}\n"
    row = verdicts(TWO_READINGS, interim, as_of=date(2009, 1, 1))["c"]
    assert row.status is Status.PENDING and row.progress is None
    assert row.reason == (
        "period runs to 2010-12-31; 44.55 % as a relative change: 149 % of the way; "
        "39.5 % in percentage points: 74 % of the way"
    )


def test_a_change_whose_level_differs_from_its_end_level_prints_the_level_compared() -> None:
    criteria = """\
- id: c
  text: øges med 10 procentpoint til 64 pct.
  target:
    kind: change
    direction: increase
    by: 10
    mode: percentage_points
    baseline: {value: 54.40, date: 2007-spring, method: m}
    end_level: 64.00
    unit: percent
"""
    row = verdicts(
        criteria, '  - {id: m1, text: t, criterion: p/c, value: 64.2, unit: percent, date: "2010", method: m}\n'
    )["c"]
    assert row.target == "+10 pp from 54.40 % (spring 2007) to 64.00 % (compared: 64.4 %)"
    assert row.status is Status.NOT_MET


def test_csv_has_the_readings_in_one_cell(tmp_path: Path) -> None:
    import csv
    import io

    from tfi_rules.verdict.run import VerdictRun

    rows = judge_plan(
        plan(TWO_READINGS),
        measurements('  - {id: m1, text: t, criterion: p/c, value: 42.1, unit: percent, date: "2010"}\n'),
        date(2026, 1, 1),
    )
    run = VerdictRun(rows=rows, titles={"p": "Mål"})
    cells = list(csv.DictReader(io.StringIO(render(run, rows, "csv"))))
    assert cells[0]["status"] == "depends on the reading"
    assert cells[0]["readings"] == "relative_percent: met; percentage_points: not met"
    assert "depends on the reading: met (44.55 %" in render(run, rows, "text")


def test_the_status_choices_of_the_command_are_the_statuses() -> None:
    """`--status` lists the statuses by hand (importing the verdict at start-up would cost `tfi --help`
    its speed); this holds the two together."""
    import click

    import cli
    from tfi_rules.verdict.judge import Status

    [option] = [param for param in cli.verdict.params if param.name == "statuses"]
    assert isinstance(option.type, click.Choice)
    assert list(option.type.choices) == [status.value for status in Status]
