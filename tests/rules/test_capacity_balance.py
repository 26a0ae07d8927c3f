from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from helpers import MANDATE, PLAN, by_rule, check_files
from hypothesis import given, settings
from hypothesis import strategies as st

from tfi_rules.load.loader import load_text
from tfi_rules.model import Mandate, Plan
from tfi_rules.model.build import validated
from tfi_rules.rules import capacity_balance
from tfi_rules.rules.context import Context


def test_balanced_plan_passes(tmp_path: Path) -> None:
    result = check_files(tmp_path, {"plans/mandate.yaml": MANDATE, "plans/p.yaml": PLAN})
    assert by_rule(result, "capacity-balance") == []


def test_unbalanced_plan_fails_with_sum_capacity_and_difference(tmp_path: Path) -> None:
    plan = PLAN.replace("årsværk: 1\n", "årsværk: 2\n")  # 1.5 + 2 + 1.5 = 5
    result = check_files(tmp_path, {"plans/mandate.yaml": MANDATE, "plans/p.yaml": plan})
    [finding] = by_rule(result, "capacity-balance")
    assert finding.pointer == "/areas"
    assert finding.line == 9  # where the list of areas starts
    assert "5 (1.5 + 2 + 1.5)" in finding.message
    assert "gives 4" in finding.message and "1 too many" in finding.message
    assert result.failed()


def test_area_funded_elsewhere_does_not_count(tmp_path: Path) -> None:
    plan = PLAN.replace(
        "    årsværk: 1\n", "    årsværk: 1\n    funding: {source: other, reference: BIU 19.6.2008 pkt. 12}\n"
    ).replace(
        "årsværk: 1.5\n    criteria:\n      - id: projektbesoeg",
        "årsværk: 2.5\n    criteria:\n      - id: projektbesoeg",
    )
    result = check_files(tmp_path, {"plans/mandate.yaml": MANDATE, "plans/p.yaml": plan})
    assert by_rule(result, "capacity-balance") == []


def test_plan_without_mandate_but_with_core_arsvaerk_fails(tmp_path: Path) -> None:
    plan = PLAN.replace("mandate: biu-201-2006\n", "")
    result = check_files(tmp_path, {"plans/mandate.yaml": MANDATE, "plans/p.yaml": plan})
    [finding] = by_rule(result, "capacity-balance")
    assert "names no mandate" in finding.message


def test_capacity_is_read_from_the_mandate_not_the_plan(tmp_path: Path) -> None:
    mandate = MANDATE.replace("årsværk: 4", "årsværk: 5")
    result = check_files(tmp_path, {"plans/mandate.yaml": mandate, "plans/p.yaml": PLAN})
    [finding] = by_rule(result, "capacity-balance")
    assert "gives 5" in finding.message and "1 too few" in finding.message


def test_plan_starting_before_the_mandate_has_no_capacity(tmp_path: Path) -> None:
    plan = PLAN.replace("start: 2007-07-01", "start: 2007-01-01")
    result = check_files(tmp_path, {"plans/mandate.yaml": MANDATE, "plans/p.yaml": plan})
    [finding] = by_rule(result, "capacity-balance")
    assert finding.pointer == "/period/start"


def _plan_with(allocations: list[Decimal]) -> Plan:
    areas = [{"id": f"a{i}", "title": "A", "årsværk": value} for i, value in enumerate(allocations)]
    data = load_text(PLAN).data | {"areas": areas}
    return validated(Plan, data)


def _context() -> Context:
    context = Context()
    mandate = validated(Mandate, load_text(MANDATE).data)
    context.mandates[mandate.id] = mandate
    return context


# Parts in tenths and hundredths of an årsværk: 40 × 0.1 must balance exactly.
parts = st.lists(st.integers(min_value=1, max_value=400), min_size=1, max_size=40)


@settings(max_examples=60, deadline=None)
@given(parts, st.sampled_from([Decimal("0.1"), Decimal("0.01")]))
def test_any_split_of_the_capacity_balances(weights: list[int], step: Decimal) -> None:
    capacity = Decimal(4)
    units = int(capacity / step)
    # Scale the weights into whole steps that sum exactly to the capacity.
    total = sum(weights)
    shares = [weight * units // total for weight in weights]
    shares[-1] += units - sum(shares)
    allocations = [share * step for share in shares if share > 0]
    assert sum(allocations) == capacity
    assert list(capacity_balance.check(_plan_with(allocations), _context())) == []


@settings(max_examples=60, deadline=None)
@given(parts, st.integers(min_value=0, max_value=39), st.integers(min_value=-5, max_value=5).filter(bool))
def test_any_nonzero_change_of_one_part_fails(weights: list[int], which: int, change: int) -> None:
    step = Decimal("0.1")
    total = sum(weights)
    shares = [weight * 40 // total for weight in weights]
    shares[-1] += 40 - sum(shares)
    allocations = [share * step for share in shares]
    index = which % len(allocations)
    changed = allocations[index] + change * Decimal("0.01")
    if changed < 0:
        changed = allocations[index] - change * Decimal("0.01")
    allocations[index] = changed
    problems = list(capacity_balance.check(_plan_with(allocations), _context()))
    assert len(problems) == 1 and problems[0].pointer == "/areas"


def test_forty_tenths_balance_exactly() -> None:
    assert list(capacity_balance.check(_plan_with([Decimal("0.1")] * 40), _context())) == []
    assert sum([0.1] * 40) != 4  # the float trap this rule avoids
