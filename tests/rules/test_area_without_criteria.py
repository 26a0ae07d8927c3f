from __future__ import annotations

from pathlib import Path

from helpers import MANDATE, PLAN, by_rule, check_files

RULE = "area-without-criteria"


def _check(tmp_path: Path, plan: str) -> list:
    return by_rule(check_files(tmp_path, {"plans/mandate.yaml": MANDATE, "plans/p.yaml": plan}), RULE)


def test_areas_with_criteria_pass(tmp_path: Path) -> None:
    assert _check(tmp_path, PLAN) == []


def test_an_area_without_criteria_warns(tmp_path: Path) -> None:
    start = PLAN.index("  - id: best-practice")
    plan = PLAN[:start] + "  - id: best-practice\n    title: Best practice\n    årsværk: 1.5\n"
    [finding] = _check(tmp_path, plan)
    assert finding.severity.value == "warning"
    assert finding.pointer == "/areas/2" and finding.line == plan.count("\n", 0, start) + 1
    assert "'best-practice' spends 1.5 årsværk but has no success criteria" in finding.message
