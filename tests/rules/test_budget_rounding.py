"""budget-rounding and budget-sums together: a table's sums compared within the precision printed."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest
from helpers import MANDATE, PLAN, by_rule, check_files
from hypothesis import given, settings
from hypothesis import strategies as st

from tfi_rules.check.pipeline import check_paths
from tfi_rules.findings import Severity
from tfi_rules.i18n import speaking
from tfi_rules.model.build import validated
from tfi_rules.model.plan import Budget
from tfi_rules.rules import RULES
from tfi_rules.rules.budget_table import BudgetTable, Sum, table_of

REPO = Path(__file__).resolve().parents[2]

# Two groups of line items under a grand total, in mio. kr. with one decimal, as seed 004's table 4.1.
BUDGET = """\
budget:
  unit: mio_kr
  columns: ["2009", "2010"]
  lines:
    - id: bidrager
      title: Bidrager
      amounts: [3.0, 1.0]
      total: 4.0
      lines:
        - {id: a, number: "2.1", title: A, amounts: [1.0, 0.5], total: 1.5}
        - {id: b, number: "2.2", title: B, amounts: [2.0, 0.5], total: 2.5}
    - id: ud-over
      title: Ud over
      amounts: [1.0, 1.0]
      total: 2.0
      lines:
        - {id: c, number: "3.1", title: C, amounts: [1.0, 1.0], total: 2.0}
  total: {amounts: [4.0, 2.0], total: 6.0, text: I ALT}
"""


def _check(tmp_path: Path, budget: str) -> tuple[list, list]:
    result = check_files(tmp_path, {"plans/mandate.yaml": MANDATE, "plans/p.yaml": PLAN + budget})
    assert all(finding.rule in RULES for finding in result.findings), result.findings  # the plan is valid
    return by_rule(result, "budget-sums"), by_rule(result, "budget-rounding")


def test_the_table_adds_up_exactly(tmp_path: Path) -> None:
    assert _check(tmp_path, BUDGET) == ([], [])


def test_a_difference_rounding_explains_is_an_info_that_names_it(tmp_path: Path) -> None:
    # 0.15 + 0.15 = 0.3, each printed as 0.2 (seed 004, 2.14 Integrationsrådet: 150.000 kr. a year).
    budget = BUDGET.replace("amounts: [1.0, 0.5], total: 1.5", "amounts: [0.2, 0.2], total: 0.3")
    budget = budget.replace("amounts: [3.0, 1.0]", "amounts: [2.2, 0.7]").replace("total: 4.0", "total: 2.9")
    budget = budget.replace("total: {amounts: [4.0, 2.0], total: 6.0", "total: {amounts: [3.2, 1.7], total: 4.9")
    errors, infos = _check(tmp_path, budget)
    assert errors == []
    [info] = infos
    assert info.severity is Severity.INFO
    assert info.pointer == "/budget/lines/0/lines/0/total"
    assert info.message == (
        "2.1 A: total 0.3, while 0.2 + 0.2 = 0.4 mio. kr.: the difference of 0.1 is within the rounding "
        "of the printed figures (at most 0.15)"
    )


def test_a_difference_beyond_rounding_stays_an_error_and_says_how_much_rounding_explains(tmp_path: Path) -> None:
    budget = BUDGET.replace("amounts: [1.0, 0.5], total: 1.5", "amounts: [1.0, 0.5], total: 1.7")
    [error], infos = _check(tmp_path, budget)
    assert infos == []
    assert error.pointer == "/budget/lines/0/lines/0/total"
    assert error.message == (
        "2.1 A: total 1.7 but 1 + 0.5 = 1.5 mio. kr. (0.2 less than stated); "
        "rounding of the printed figures explains at most 0.15"
    )


def test_a_total_that_agrees_with_the_items_names_the_subtotal_not_the_total(tmp_path: Path) -> None:
    # As table 4.1 of seed 004: the group says 5.0 for 2009 but its items give 3.0; I ALT's 4.0 is right.
    budget = BUDGET.replace("amounts: [3.0, 1.0]\n      total: 4.0", "amounts: [5.0, 1.0]\n      total: 6.0")
    errors, infos = _check(tmp_path, budget)
    assert infos == []
    assert [error.pointer for error in errors] == ["/budget/lines/0/amounts/0"]  # not /budget/total/amounts/0
    assert errors[0].message.startswith("Bidrager: column 2009 5 but 1 + 2 = 3 mio. kr. (2 less than stated)")
    assert errors[0].message.endswith(
        '; the budget total ("I ALT") agrees with the line items beneath this subtotal, '
        "so the subtotal is the figure that disagrees"
    )


def test_a_total_that_agrees_with_neither_is_reported_at_the_total(tmp_path: Path) -> None:
    budget = BUDGET.replace("total: {amounts: [4.0, 2.0]", "total: {amounts: [9.0, 2.0]")
    errors, _ = _check(tmp_path, budget)
    assert sorted(error.pointer for error in errors) == ["/budget/total/amounts/0", "/budget/total/total"]


def test_whole_millions_are_rounded_to_half_a_million(tmp_path: Path) -> None:
    budget = (
        "budget:\n  unit: mio_kr\n  lines:\n    - {id: a, title: A, amount: 1}\n    - {id: b, title: B, amount: 1}\n"
    )
    assert _check(tmp_path, budget + "  total: {amount: 3}\n")[1] != []  # 1.4 + 1.4 printed 1 + 1, total 2.8 → 3
    assert _check(tmp_path, budget + "  total: {amount: 4}\n")[0] != []  # more than 1.5 off


def test_kroner_are_exact(tmp_path: Path) -> None:
    budget = (
        "budget:\n  unit: kr\n  lines:\n    - {id: a, title: A, amount: 100}\n    - {id: b, title: B, amount: 200}\n"
        "  total: {amount: 301}\n"
    )
    [error], infos = _check(tmp_path, budget)
    assert infos == [] and error.pointer == "/budget/total/amount"
    assert "rounding" not in error.message


def test_the_seed_budget_as_an_auditor_reads_it() -> None:
    """Seed 004, table 4.1: 2.14 is rounding; I ALT's 2009 and 2010 agree with the line items, so the
    group subtotals that disagree with their own lines are the findings, not I ALT's columns."""
    findings = [
        finding
        for finding in check_paths(
            [REPO / "plans" / "integrationspolitik-2009.yaml", REPO / "plans" / "mandate.yaml"]
        ).findings
        if finding.rule in ("budget-sums", "budget-rounding")
    ]
    by_pointer = {finding.pointer: finding.rule for finding in findings}
    assert by_pointer == {
        "/budget/lines/0/amounts/1": "budget-sums",  # 88,4 against 86,4
        "/budget/lines/0/amounts/2": "budget-sums",  # 55,5 against 53,5
        "/budget/lines/0/total": "budget-sums",  # 182,8 against 191,4
        "/budget/lines/0/lines/13/total": "budget-rounding",  # 2.14: 0,3 for 0,2 + 0,2
        "/budget/lines/1/amounts/1": "budget-sums",  # 95,3 against 99,3
        "/budget/lines/1/amounts/2": "budget-sums",
        "/budget/total/total": "budget-sums",  # 499,5 against 508,1
    }
    assert all(finding.waived for finding in findings if finding.rule == "budget-sums")


@settings(max_examples=80, deadline=None)
@given(
    st.lists(st.integers(min_value=0, max_value=50_000_000), min_size=1, max_size=15),
    st.sampled_from([ROUND_HALF_UP, ROUND_HALF_EVEN]),
    st.integers(min_value=0, max_value=2),
)
def test_a_table_rounded_from_kroner_is_never_an_error(kroner: list[int], rounding: str, places: int) -> None:
    """Amounts of kroner printed in mio. kr. to 0, 1 or 2 decimals, the total rounded from the exact sum:
    whatever the rounding did, budget-sums has nothing to say, and a difference is named as rounding."""
    quantum = Decimal(1).scaleb(-places)

    def printed(amount: int) -> Decimal:
        return (Decimal(amount) / 1_000_000).quantize(quantum, rounding=rounding)

    budget = validated(
        Budget,
        {
            "unit": "mio_kr",
            "lines": [
                {"id": f"l{index}", "title": f"L{index}", "amount": printed(a)} for index, a in enumerate(kroner)
            ],
            "total": {"amount": printed(sum(kroner))},
        },
    )
    for found in BudgetTable(budget).sums():
        assert found.within_rounding, found


def test_kroner_printed_as_kroner_leave_no_room() -> None:
    budget = validated(
        Budget,
        {
            "unit": "kr",
            "lines": [{"id": "a", "title": "A", "amount": 150000}, {"id": "b", "title": "B", "amount": 150000}],
            "total": {"amount": 300001},
        },
    )
    [found] = BudgetTable(budget).sums()
    assert found.slack == 0 and not found.within_rounding


def test_the_table_is_worked_out_once_for_both_rules(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """budget-sums and budget-rounding read one table of each plan's budget: it is built, and its sums walked,
    once a plan, while both rules still report what it finds (an error in one group, rounding in the other)."""
    built: list[int] = []
    walks: list[int] = []
    build, walk = BudgetTable.__post_init__, BudgetTable.sums

    def counting_build(table: BudgetTable) -> None:
        built.append(id(table.budget))
        build(table)

    def counting_walk(table: BudgetTable) -> Iterator[Sum]:
        walks.append(id(table.budget))
        return walk(table)

    monkeypatch.setattr(BudgetTable, "__post_init__", counting_build)
    monkeypatch.setattr(BudgetTable, "sums", counting_walk)
    budget = BUDGET.replace("amounts: [1.0, 0.5], total: 1.5", "amounts: [1.0, 0.5], total: 1.7")
    budget = budget.replace("amounts: [1.0, 1.0], total: 2.0}", "amounts: [0.2, 0.2], total: 0.3}")
    budget = budget.replace("amounts: [1.0, 1.0]\n      total: 2.0", "amounts: [0.2, 0.2]\n      total: 0.3")
    budget = budget.replace("total: {amounts: [4.0, 2.0], total: 6.0", "total: {amounts: [3.2, 1.2], total: 4.3")
    files = {"plans/mandate.yaml": MANDATE, "plans/p.yaml": PLAN + budget}
    files["plans/q.yaml"] = files["plans/p.yaml"].replace("id: p\n", "id: q\n", 1)
    result = check_files(tmp_path, files)
    errors, infos = by_rule(result, "budget-sums"), by_rule(result, "budget-rounding")
    assert sorted({Path(f.file).name for f in errors}) == ["p.yaml", "q.yaml"], errors
    assert sorted({Path(f.file).name for f in infos}) == ["p.yaml", "q.yaml"], infos
    assert len(built) == 2  # one table a plan, not one a rule
    assert walks == built


def test_a_table_asked_for_in_another_language_is_worked_out_again() -> None:
    budget = validated(
        Budget,
        {"unit": "kr", "lines": [{"id": "a", "title": "A", "amount": 1}], "total": {"amount": 2, "text": "I ALT"}},
    )
    english = table_of(budget)
    assert table_of(budget) is english
    with speaking("da"):
        danish = table_of(budget)
    assert danish is not english
    assert [found.name for found in danish.stated_sums] == ['budgettet i alt ("I ALT")']
    assert [found.name for found in english.stated_sums] == ['the budget total ("I ALT")']
