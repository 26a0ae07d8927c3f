from __future__ import annotations

from pathlib import Path

from helpers import MANDATE, PLAN, by_rule, check_files

from tfi_rules.config import Config
from tfi_rules.findings import Severity
from tfi_rules.load.typed import typed_text
from tfi_rules.model import Plan
from tfi_rules.rules import RULES, waiver_unused
from tfi_rules.rules.context import Context

UNBALANCED = PLAN.replace("årsværk: 1\n", "årsværk: 1.5\n")  # 1.5 + 1.5 + 1.5 = 4.5

BALANCE_WAIVER = """\
  - rule: capacity-balance
    applies_to: /areas
    reason: BIU 25.06.2007 godkendte 4,5 årsværk
    approved_by: TFI-koordinator
"""

IDLE_WAIVER = """\
  - rule: share-range
    applies_to: tilfredshed
    reason: tilfredsheden er målt anderledes
    approved_by: TFI-koordinator
"""


def typed_plan(text: str) -> Plan:
    typed, findings = typed_text(text, "p.yaml")
    assert typed is not None and isinstance(typed.model, Plan), findings
    return typed.model


def _check(tmp_path: Path, plan: str, config: Config | None = None):  # type: ignore[no-untyped-def]
    return check_files(tmp_path, {"plans/mandate.yaml": MANDATE, "plans/p.yaml": plan}, config)


def test_a_waiver_that_covers_a_finding_is_used_and_the_check_passes(tmp_path: Path) -> None:
    result = _check(tmp_path, UNBALANCED + "waivers:\n" + BALANCE_WAIVER)
    [balance] = by_rule(result, "capacity-balance")
    assert balance.waived and "BIU 25.06.2007" in balance.waived_by
    assert by_rule(result, "waiver-unused") == []
    assert not result.failed()


def test_a_waiver_for_a_rule_that_finds_nothing_is_reported(tmp_path: Path) -> None:
    result = _check(tmp_path, UNBALANCED + "waivers:\n" + BALANCE_WAIVER + IDLE_WAIVER)
    [unused] = by_rule(result, "waiver-unused")
    assert unused.pointer == "/waivers/1" and unused.severity is Severity.WARNING
    assert unused.line == PLAN.count("\n") + 6  # the second waiver's first line
    assert "the waiver of share-range at 'tilfredshed' covers no finding" in unused.message
    assert not result.failed()  # only a warning
    assert result.failed(Severity.WARNING)


def test_a_waiver_of_a_balanced_plan_is_unused(tmp_path: Path) -> None:
    result = _check(tmp_path, PLAN + "waivers:\n" + BALANCE_WAIVER)
    [unused] = by_rule(result, "waiver-unused")
    assert unused.pointer == "/waivers/0"


def test_an_expired_waiver_is_left_to_waiver_valid(tmp_path: Path) -> None:
    result = _check(tmp_path, PLAN + "waivers:\n" + BALANCE_WAIVER + "    expires: 2008-12-31\n")
    assert by_rule(result, "waiver-unused") == []
    assert [f.pointer for f in by_rule(result, "waiver-valid")] == ["/waivers/0/expires"]


def test_the_rule_can_be_switched_off(tmp_path: Path) -> None:
    config = Config(disabled=frozenset({"waiver-unused"}))
    result = _check(tmp_path, PLAN + "waivers:\n" + BALANCE_WAIVER, config)
    assert by_rule(result, "waiver-unused") == []


def test_it_is_an_ordinary_rule_that_runs_after_the_waivers() -> None:
    assert RULES[waiver_unused.ID].__name__ == waiver_unused.__name__  # registered
    assert waiver_unused.AFTER_WAIVERS
    assert not any(rule.AFTER_WAIVERS for rule_id, rule in RULES.items() if rule_id != "waiver-unused")


def test_it_reads_the_waivers_used_from_the_context() -> None:
    plan = typed_plan(PLAN + "waivers:\n" + BALANCE_WAIVER + IDLE_WAIVER)
    rules = frozenset(RULES)
    unused = [problem.pointer for problem in waiver_unused.check(plan, Context(rule_ids=rules))]
    assert unused == ["/waivers/0", "/waivers/1"]
    used = waiver_unused.check(plan, Context(rule_ids=rules, used_waivers=frozenset({0})))
    assert [problem.pointer for problem in used] == ["/waivers/1"]
