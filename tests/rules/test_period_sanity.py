from __future__ import annotations

from pathlib import Path

from helpers import MANDATE, PLAN, by_rule, check_files

RULE = "period-sanity"
SURVEY = "        measured_by: survey\n"  # the criterion "tilfredshed" (/areas/1/criteria/0)


def _check(tmp_path: Path, plan: str, mandate: str = MANDATE) -> list:
    return by_rule(check_files(tmp_path, {"plans/mandate.yaml": mandate, "plans/p.yaml": plan}), RULE)


def _due(moment: str) -> str:
    return PLAN.replace(SURVEY, SURVEY + f"        due: {moment}\n")


def test_a_sane_plan_passes(tmp_path: Path) -> None:
    assert _check(tmp_path, _due("2008-spring")) == []


def test_a_period_ending_before_it_starts_fails(tmp_path: Path) -> None:
    [finding] = _check(tmp_path, PLAN.replace("end: 2007-12-31", "end: 2006-12-31"))
    assert finding.pointer == "/period/end"
    assert "ends on 2006-12-31, before it starts on 2007-07-01" in finding.message


def test_a_plan_starting_before_its_mandate_fails(tmp_path: Path) -> None:
    [finding] = _check(tmp_path, PLAN.replace("start: 2007-07-01", "start: 2007-01-01"))
    assert finding.pointer == "/period/start"
    assert "before the mandate biu-201-2006 gives any capacity (from 2007-02-01)" in finding.message


def test_a_plan_ending_after_its_mandate_fails(tmp_path: Path) -> None:
    mandate = MANDATE.replace("    årsværk: 4\n", "    end: 2007-10-31\n    årsværk: 4\n")
    [finding] = _check(tmp_path, PLAN, mandate)
    assert finding.pointer == "/period/end" and "stops giving capacity (2007-10-31)" in finding.message


def test_a_criterion_due_before_the_plan_starts_fails(tmp_path: Path) -> None:
    [finding] = _check(tmp_path, _due("2007-spring"))
    assert finding.pointer == "/areas/1/criteria/0/due"
    assert "due 2007-spring (by 2007-05-31), before the plan starts on 2007-07-01" in finding.message


def test_a_criterion_due_more_than_five_years_after_the_end_fails(tmp_path: Path) -> None:
    assert _check(tmp_path / "ok", _due("2012")) == []
    [finding] = _check(tmp_path / "far", _due("2013"))
    assert finding.pointer == "/areas/1/criteria/0/due" and "more than 5 years after" in finding.message


def _change(baseline: str, due: str = "") -> str:
    criterion = (
        "      - id: andel\n"
        "        text: andelen skal stige\n"
        "        target:\n"
        "          kind: change\n"
        "          direction: increase\n"
        "          unit: percent\n"
        f"          baseline: {{value: 50, date: {baseline}, method: survey}}\n"
        "        measured_by: survey\n"
    )
    if due:
        criterion += f"        due: {due}\n"
    return PLAN.replace(SURVEY, SURVEY + criterion)


def test_a_baseline_after_the_plan_ends_fails(tmp_path: Path) -> None:
    assert _check(tmp_path / "ok", _change("2007-spring")) == []
    [finding] = _check(tmp_path / "late", _change("2008-02"))
    assert finding.pointer == "/areas/1/criteria/1/target/baseline/date"
    assert "baseline is from 2008-02, after the plan ends on 2007-12-31" in finding.message


def test_a_baseline_after_the_criterion_is_due_fails(tmp_path: Path) -> None:
    [finding] = _check(tmp_path, _change("2007-11", due="2007-10"))
    assert finding.pointer == "/areas/1/criteria/1/target/baseline/date"
    assert "after the criterion is due (2007-10)" in finding.message
