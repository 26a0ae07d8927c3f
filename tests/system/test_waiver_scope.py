"""A waiver covers the findings its reason describes, not whatever else goes wrong near them.

A tester changed one budget line of plans/integrationspolitik-2009.yaml to `[10, 20, 30]` with total 70:
the four new budget-sums findings fell inside the group the seed's own waiver named and were all waived,
exit 0. Waivers now cover exact pointers unless they say `scope: within`.
"""

from __future__ import annotations

import json
import shutil
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

from helpers import MANDATE, PLAN, by_rule, check_files, run_cli

from tfi_rules.check.waivers import apply_waivers
from tfi_rules.findings import Finding, Severity
from tfi_rules.load.typed import typed_text
from tfi_rules.model import Plan
from tfi_rules.model.base import Waiver
from tfi_rules.model.build import validated

REPO = Path(__file__).resolve().parents[2]
POLICY = "plans/integrationspolitik-2009.yaml"
JOBPATRULJER = """\
          amounts: [6.9, 6.9, 6.9]
          total: 20.7
"""


def _copy_repository(tmp_path: Path) -> Path:
    for folder in ("plans", "measurements", "schemas"):
        shutil.copytree(REPO / folder, tmp_path / folder)
    return tmp_path


def _check_json(root: Path) -> tuple[int, dict[str, Any]]:
    code, out, _ = run_cli(["check", "--format", "json", "--jobs", "1"], root)
    return code, json.loads(out)


def _findings(document: dict[str, Any]) -> Counter[tuple[str, str, str, str, bool]]:
    """Each finding as (file, rule, pointer, severity, waived), counted: what a change adds or takes away."""
    return Counter((f["file"], f["rule"], f["pointer"], f["severity"], f["waived"]) for f in document["findings"])


def test_one_more_wrong_budget_line_is_an_unwaived_error(tmp_path: Path) -> None:
    root = _copy_repository(tmp_path)
    code, before = _check_json(root)
    assert code == 0 and before["summary"]["error"] == 0

    policy = root / POLICY
    text = policy.read_text(encoding="utf-8")
    assert text.count(JOBPATRULJER) == 1
    policy.write_text(text.replace(JOBPATRULJER, "          amounts: [10, 20, 30]\n          total: 70\n"), "utf-8")
    code, after = _check_json(root)

    assert code == 1
    # Exactly four new findings, all unwaived budget-sums errors; every waived finding is still there, still waived.
    assert _findings(before) - _findings(after) == Counter()
    assert sorted((_findings(after) - _findings(before)).elements()) == [
        (POLICY, "budget-sums", pointer, "error", False)
        for pointer in (
            "/budget/lines/0/amounts/0",  # the line's group, column 2008: the line now gives 10 where it gave 6.9
            "/budget/lines/0/lines/0/total",  # 10 + 20 + 30 is 60, not 70
            "/budget/total/amounts/1",  # the budget total ("I ALT"), column 2009
            "/budget/total/amounts/2",  # and column 2010
        )
    ]
    assert after["summary"] == {**before["summary"], "error": 4, "failed": True}


UNBALANCED = PLAN.replace("årsværk: 1\n", "årsværk: 1.5\n")  # 1.5 + 1.5 + 1.5 = 4.5


def typed_plan(text: str) -> Plan:
    typed, findings = typed_text(text, "p.yaml")
    assert typed is not None and isinstance(typed.model, Plan), findings
    return typed.model


def _waiver(applies_to: str, scope: str = "") -> str:
    return (
        f"waivers:\n  - rule: capacity-balance\n    applies_to: {applies_to}\n"
        "    reason: BIU 25.06.2007 godkendte 4,5 årsværk\n    approved_by: TFI-koordinator\n" + scope
    )


def test_a_waiver_of_a_place_does_not_cover_a_finding_inside_it(tmp_path: Path) -> None:
    # capacity-balance reports at /areas; a waiver naming the whole plan's root ("/") would cover it as "the
    # whole file", so name something the finding lies inside of but is not: the plan's first area
    result = check_files(tmp_path, {"plans/mandate.yaml": MANDATE, "plans/p.yaml": UNBALANCED + _waiver("/areas/0")})
    [balance] = by_rule(result, "capacity-balance")
    assert balance.pointer == "/areas" and not balance.waived
    assert result.failed()


def test_scope_within_covers_what_lies_inside() -> None:
    plan = typed_plan(UNBALANCED)
    finding = Finding("p.yaml", 45, 5, "wording-number", Severity.ERROR, "m", pointer="/areas/0/criteria/0/target")
    for applies_to, scope, waived in (
        ("boligomraader", "exact", False),  # the area itself, not what lies inside it
        ("boligomraader", "within", True),
        ("initiativer/target", "exact", True),  # an id, then a pointer inside what it names
        ("/areas/0/criteria/0/target", "exact", True),
        ("/areas/0/criteria/0/target/value", "within", False),  # inside the finding's place is not it
        (None, "exact", True),  # left out: the whole file
    ):
        where = {} if applies_to is None else {"applies_to": applies_to}
        waiver = validated(
            Waiver, {"rule": "wording-number", **where, "scope": scope, "reason": "r", "approved_by": "x"}
        )
        [result], used = apply_waivers([finding], [waiver], plan, date(2026, 1, 1))
        assert result.waived is waived and used == ({0} if waived else set()), (applies_to, scope)


def test_a_list_of_targets_and_an_id_followed_by_a_pointer(tmp_path: Path) -> None:
    result = check_files(
        tmp_path, {"plans/mandate.yaml": MANDATE, "plans/p.yaml": UNBALANCED + _waiver("[/areas, boligomraader/x]")}
    )
    assert by_rule(result, "capacity-balance")[0].waived  # the first target covers it
    [invalid] = by_rule(result, "waiver-valid")
    assert invalid.pointer == "/waivers/0/applies_to/1" and "'boligomraader/x'" in invalid.message


def test_an_older_waiver_of_a_whole_line_is_unused_and_names_the_findings_inside(tmp_path: Path) -> None:
    root = _copy_repository(tmp_path)
    policy = root / POLICY
    text = policy.read_text(encoding="utf-8")
    exact = "    applies_to: [budget-ud-over/amounts/1, budget-ud-over/amounts/2]  # 2009, 2010\n"
    assert text.count(exact) == 1
    policy.write_text(text.replace(exact, "    applies_to: budget-ud-over\n"), "utf-8")
    code, result = _check_json(root)
    assert code == 1
    [unused] = [f for f in result["findings"] if f["rule"] == "waiver-unused"]
    assert "'budget-ud-over' covers no finding" in unused["message"]
    assert "/budget/lines/1/amounts/1, /budget/lines/1/amounts/2" in unused["hint"]
    assert "scope: within" in unused["hint"]
    unwaived = {f["pointer"] for f in result["findings"] if f["rule"] == "budget-sums" and not f["waived"]}
    assert unwaived == {"/budget/lines/1/amounts/1", "/budget/lines/1/amounts/2"}
