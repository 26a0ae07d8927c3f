from __future__ import annotations

from pathlib import Path

from helpers import MANDATE, PLAN, by_rule, check_files

RULE = "unique-ids"


def _check(tmp_path: Path, plan: str) -> list:
    return by_rule(check_files(tmp_path, {"plans/mandate.yaml": MANDATE, "plans/p.yaml": plan}), RULE)


def test_distinct_ids_pass(tmp_path: Path) -> None:
    assert _check(tmp_path, PLAN) == []


def test_a_criterion_id_used_in_two_areas_fails_at_the_second(tmp_path: Path) -> None:
    [finding] = _check(tmp_path, PLAN.replace("id: projektbesoeg", "id: initiativer"))
    assert finding.pointer == "/areas/2/criteria/0/id"
    assert "criterion id 'initiativer' is used twice" in finding.message
    assert "/areas/0/criteria/0" in finding.message


def test_sub_criteria_share_the_plan_wide_criterion_ids(tmp_path: Path) -> None:
    sub = (
        "        of_which:\n"
        "          - id: tilfredshed\n"
        "            text: mindst 1\n"
        "            target: {kind: at_least, value: 1, unit: count, counted: initiativer}\n"
    )
    plan = PLAN.replace(
        "counted: initiativer}\n        measured_by: count\n",
        "counted: initiativer}\n        measured_by: count\n" + sub,
    )
    [finding] = _check(tmp_path, plan)
    assert finding.pointer == "/areas/1/criteria/0/id"  # the area's own criterion comes after the sub-criterion
    assert "/areas/0/criteria/0/of_which/0" in finding.message


def test_two_areas_with_one_id_fail(tmp_path: Path) -> None:
    [finding] = _check(tmp_path, PLAN.replace("id: best-practice", "id: forvaltninger"))
    assert finding.pointer == "/areas/2/id" and "area id 'forvaltninger'" in finding.message


def test_nested_budget_lines_and_indicators(tmp_path: Path) -> None:
    extra = (
        "indicators:\n"
        "  - {id: tfi-projektbesoeg, title: Projektbesøg, unit: count}\n"
        "  - {id: tfi-projektbesoeg, title: Projektbesøg igen, unit: count}\n"
        "budget:\n"
        "  unit: kr\n"
        "  lines:\n"
        "    - id: dage\n"
        "      title: Dage\n"
        "      lines:\n"
        "        - {id: dage, title: Internationale dage, amount: 100}\n"
    )
    findings = _check(tmp_path, PLAN + extra)
    assert sorted(f.pointer for f in findings) == ["/budget/lines/0/lines/0/id", "/indicators/1/id"]
    assert any("budget line id 'dage'" in f.message and "/budget/lines/0" in f.message for f in findings)


def test_ids_with_spaces_or_capitals_are_rejected_with_the_clean_id(tmp_path: Path) -> None:
    # Near-duplicates ("Initiativer", "initiativer ") are stopped by the id type itself.
    result = check_files(
        tmp_path,
        {"plans/mandate.yaml": MANDATE, "plans/p.yaml": PLAN.replace("id: projektbesoeg", 'id: "Initiativer "')},
    )
    [finding] = by_rule(result, "schema")
    assert finding.pointer == "/areas/2/criteria/0/id"
    assert "write 'initiativer'" in finding.hint
