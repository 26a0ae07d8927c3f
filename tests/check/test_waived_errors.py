"""`tfi verdict` shows each plan's errors that a waiver lets stand: `check.standing.waived_errors_by_plan`."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from helpers import MANDATE, PLAN, write_repo

from tfi_rules.check.standing import waived_errors_by_plan
from tfi_rules.config import Config

UNBALANCED = PLAN.replace("årsværk: 1\n", "årsværk: 1.5\n")  # 1.5 + 1.5 + 1.5 = 4.5 of 4
WAIVER = (
    "waivers:\n  - rule: capacity-balance\n    applies_to: /areas\n    reason: Udvalget gav 4,5 årsværk\n"
    "    approved_by: BIU 25.06.2007\n    expires: 2008-06-30\n"
)


def _repository(root: Path) -> list[Path]:
    """Two unbalanced plans with the same waiver: p, and q (asked about only as context)."""
    other = UNBALANCED.replace("id: p\n", "id: q\n", 1) + WAIVER
    write_repo(root, {"plans/mandate.yaml": MANDATE, "plans/p.yaml": UNBALANCED + WAIVER, "plans/q.yaml": other})
    return [root / "plans"]


def test_the_waived_error_of_each_plan_asked_about_by_its_id(tmp_path: Path) -> None:
    context = _repository(tmp_path)
    plan = str(tmp_path / "plans" / "p.yaml")
    found = waived_errors_by_plan({"p": plan}, Config(), date(2008, 6, 30), context)
    assert list(found) == ["p"]  # q is read for context, not checked
    assert [(f.file, f.rule, f.pointer, f.waived_by) for f in found["p"]] == [
        (plan, "capacity-balance", "/areas", "Udvalget gav 4,5 årsværk (approved by BIU 25.06.2007)")
    ]


def test_a_waiver_expired_by_the_day_judged_leaves_no_waived_error(tmp_path: Path) -> None:
    context = _repository(tmp_path)
    plan = str(tmp_path / "plans" / "p.yaml")
    assert waived_errors_by_plan({"p": plan}, Config(), date(2008, 7, 1), context) == {}


def test_no_plan_with_a_waiver_is_no_check() -> None:
    assert waived_errors_by_plan({}, Config(), date(2008, 7, 1), [Path("does-not-exist")]) == {}
