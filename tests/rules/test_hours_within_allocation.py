from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from helpers import MANDATE, PLAN, by_rule, check_files

from tfi_rules.config import Config

RULE = "hours-within-allocation"
AREA_OF_ONE = "    årsværk: 1\n"  # the area "forvaltninger" (/areas/1)


def _with_splits(splits: str, plan: str = PLAN) -> str:
    assert plan.count(AREA_OF_ONE) == 1
    return plan.replace(AREA_OF_ONE, AREA_OF_ONE + "    splits:\n" + splits)


def _check(tmp_path: Path, plan: str, config: Config | None = None) -> list:
    return by_rule(check_files(tmp_path, {"plans/mandate.yaml": MANDATE, "plans/p.yaml": plan}, config), RULE)


def test_22_hours_a_week_fit_in_one_arsvaerk(tmp_path: Path) -> None:
    splits = "      - {title: helhedsplanen i Mjølnerparken, hours_per_week: 22}\n      - {title: Styregrupper}\n"
    assert _check(tmp_path, _with_splits(splits)) == []


def test_40_hours_a_week_do_not_fit_in_one_arsvaerk(tmp_path: Path) -> None:
    splits = "      - {title: helhedsplanen i Mjølnerparken, hours_per_week: 40}\n"
    [finding] = _check(tmp_path, _with_splits(splits))
    assert finding.pointer == "/areas/1/splits/0"
    assert "add up to ≈ 1.08 årsværk (40 hours a week" in finding.message
    assert "the area's 1 årsværk (37 hours a week at 37 hours per årsværk)" in finding.message


def test_hours_are_added_exactly(tmp_path: Path) -> None:
    # 22/37 + 15/37 is exactly 1; one more half hour is too much.
    exact = "      - {title: A, hours_per_week: 22}\n      - {title: B, hours_per_week: 15}\n"
    assert _check(tmp_path / "exact", _with_splits(exact)) == []
    over = "      - {title: A, hours_per_week: 22}\n      - {title: B, hours_per_week: 15.5}\n"
    [finding] = _check(tmp_path / "over", _with_splits(over))
    assert finding.pointer == "/areas/1/splits"
    assert "37.5 hours a week: 22 hours + 15.5 hours" in finding.message


def test_a_split_in_arsvaerk_larger_than_the_area_fails(tmp_path: Path) -> None:
    splits = "      - {title: A, hours_per_week: 10}\n      - {title: B, årsværk: 1.5}\n"
    [finding] = _check(tmp_path, _with_splits(splits))
    assert finding.pointer == "/areas/1/splits/1"
    assert "more than the area's 1 årsværk" in finding.message


def test_splits_on_an_area_without_arsvaerk_fail(tmp_path: Path) -> None:
    plan = _with_splits("      - {title: A, hours_per_week: 10}\n").replace(AREA_OF_ONE, "")
    [finding] = _check(tmp_path, plan)
    assert finding.pointer == "/areas/1/splits"
    assert "no `årsværk`" in finding.message


def test_the_full_time_week_comes_from_the_configuration(tmp_path: Path) -> None:
    splits = "      - {title: A, hours_per_week: 40}\n"
    assert _check(tmp_path, _with_splits(splits), Config(hours_per_week=Decimal(40))) == []


def test_hours_and_arsvaerk_of_one_split_must_agree(tmp_path: Path) -> None:
    agree = "      - {title: A, hours_per_week: 18.5, årsværk: 0.5}\n"
    assert _check(tmp_path / "agree", _with_splits(agree)) == []
    disagree = "      - {title: A, hours_per_week: 20, årsværk: 0.5}\n"
    [finding] = _check(tmp_path / "disagree", _with_splits(disagree))
    assert finding.pointer == "/areas/1/splits/0" and "they disagree" in finding.message
