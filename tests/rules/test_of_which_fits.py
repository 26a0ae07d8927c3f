from __future__ import annotations

from pathlib import Path

from helpers import MANDATE, PLAN, by_rule, check_files

RULE = "of-which-fits"
PARENT = "        measured_by: count\n"  # the first occurrence ends "initiativer" (/areas/0/criteria/0), at least 5


def _with_parts(parts: str, plan: str = PLAN) -> str:
    return plan.replace(PARENT, PARENT + "        of_which:\n" + parts, 1)


def _part(
    id_: str, value: int, counted: str = "initiativer", kind: str = "at_least", unit: str = "count", more: str = ""
) -> str:
    return (
        f"          - id: {id_}\n"
        f"            text: mindst {value} {counted}\n"
        f"            target: {{kind: {kind}, value: {value}, unit: {unit}, counted: {counted}{more}}}\n"
    )


def _check(tmp_path: Path, plan: str) -> list:
    return by_rule(check_files(tmp_path, {"plans/mandate.yaml": MANDATE, "plans/p.yaml": plan}), RULE)


def test_parts_that_fit_pass(tmp_path: Path) -> None:
    parts = _part("a", 1, "initiativ") + _part("b", 1, "initiativ") + _part("c", 1, "initiativer")
    assert _check(tmp_path, _with_parts(parts)) == []


def test_parts_adding_up_to_more_than_the_parent_fail(tmp_path: Path) -> None:
    [finding] = _check(tmp_path, _with_parts(_part("a", 3) + _part("b", 3)))
    assert finding.pointer == "/areas/0/criteria/0/of_which"
    assert "need at least 6 initiativer (3 + 3), more than the parent's at least 5 initiativer" in finding.message


def test_a_condition_counting_something_else_is_not_added(tmp_path: Path) -> None:
    # "mindst 1 initiativ ..., hvor mindst 25 borgere": 25 borgere are not initiatives.
    condition = (
        "            of_which:\n"
        "              - id: borgere\n"
        "                text: hvor mindst 25 borgere\n"
        "                target: {kind: at_least, value: 25, unit: count, counted: borgere}\n"
    )
    parts = (
        _part("beskaeftigelse", 1, "initiativ")
        + condition
        + _part("unge", 1, "initiativ")
        + _part("organisationer", 2, "frivillige organisationer")
    )
    assert _check(tmp_path, _with_parts(parts)) == []


def test_a_share_of_the_parent_is_not_an_amount(tmp_path: Path) -> None:
    share = _part("andel", 40, "initiativer", unit="percent", more=", population: {text: disse initiativer}")
    assert _check(tmp_path, _with_parts(share)) == []


def test_a_part_in_another_unit_fails(tmp_path: Path) -> None:
    [finding] = _check(tmp_path, _with_parts(_part("a", 3, "initiativer", unit="percent")))
    assert finding.pointer == "/areas/0/criteria/0/of_which/0/target/unit"
    assert "a counts initiativer in percent, but its parent initiativer counts it in count" in finding.message


def test_an_at_most_part_above_an_at_most_parent_fails(tmp_path: Path) -> None:
    plan = PLAN.replace(
        "{kind: at_least, value: 5, unit: count, counted: initiativer}",
        "{kind: at_most, value: 5, unit: count, counted: initiativer}",
    )
    assert _check(tmp_path / "fits", _with_parts(_part("a", 5, kind="at_most"), plan)) == []
    [finding] = _check(tmp_path / "above", _with_parts(_part("a", 6, kind="at_most"), plan))
    assert finding.pointer == "/areas/0/criteria/0/of_which/0/target/value"
    assert (
        "allows at most 6 initiativer, more than its parent initiativer allows in all (5 initiativer)"
        in finding.message
    )


def test_at_least_parts_above_an_at_most_parent_fail(tmp_path: Path) -> None:
    plan = PLAN.replace(
        "{kind: at_least, value: 5, unit: count, counted: initiativer}",
        "{kind: at_most, value: 5, unit: count, counted: initiativer}",
    )
    [finding] = _check(tmp_path, _with_parts(_part("a", 4) + _part("b", 2), plan))
    assert "need at least 6 initiativer (4 + 2), but initiativer allows at most 5 initiativer" in finding.message
