from __future__ import annotations

from pathlib import Path

from helpers import MANDATE, PLAN, by_rule, check_files

from tfi_rules.i18n import speaking
from tfi_rules.rules import RULES

RULE = "budget-sums"

BUDGET = """\
budget:
  unit: mio_kr
  columns: ["2008", "2009", "2010"]
  lines:
    - id: pulje
      title: Integrationspuljen
      amounts: [0.3, 0.5, 0.2]
      total: 1.0
      lines:
        - {id: raadet, number: "2.14", title: Integrationsrådet, amounts: [null, 0.2, 0.2], total: 0.4}
        - {id: dag, number: "2.15", title: International Dag, amounts: [0.3, 0.3, null], total: 0.6}
    - {id: andet, title: Andet, amounts: [0.1, 0.1, 0.1], total: 0.3}
  total: {amounts: [0.4, 0.6, 0.3], total: 1.3, text: I ALT}
"""


def _check(tmp_path: Path, budget: str) -> list:
    result = check_files(tmp_path, {"plans/mandate.yaml": MANDATE, "plans/p.yaml": PLAN + budget})
    assert all(finding.rule in RULES for finding in result.findings), result.findings  # the plan is valid
    return by_rule(result, RULE)


def test_a_budget_that_adds_up_passes_with_dashes_as_zero(tmp_path: Path) -> None:
    assert _check(tmp_path, BUDGET) == []


def test_a_wrong_row_total_names_line_figures_and_unit(tmp_path: Path) -> None:
    budget = BUDGET.replace("amounts: [null, 0.2, 0.2], total: 0.4", "amounts: [null, 0.2, 0.2], total: 0.6")
    [finding] = _check(tmp_path, budget)
    assert finding.pointer == "/budget/lines/0/lines/0/total"
    assert finding.line == PLAN.count("\n") + 10  # the budget's line 10
    assert finding.message.startswith(
        "2.14 Integrationsrådet: total 0.6 but - + 0.2 + 0.2 = 0.4 mio. kr. (0.2 less than stated); "
        "rounding of the printed figures explains at most 0.15"
    )


def test_a_wrong_subtotal_cell_is_reported_once_for_its_column(tmp_path: Path) -> None:
    # 2.15 says 0.9 in 2009: the subtotal 0.5 no longer adds up, nor does 2.15's own row total.
    budget = BUDGET.replace("amounts: [0.3, 0.3, null], total: 0.6", "amounts: [0.3, 0.9, null], total: 0.6")
    findings = _check(tmp_path, budget)
    assert sorted(f.pointer for f in findings) == ["/budget/lines/0/amounts/1", "/budget/lines/0/lines/1/total"]
    subtotal = next(f for f in findings if f.pointer.endswith("amounts/1"))
    assert "Integrationspuljen: column 2009 0.5 but 0.2 + 0.9 = 1.1 mio. kr." in subtotal.message


def test_a_dash_where_the_lines_add_up_to_something_fails(tmp_path: Path) -> None:
    budget = BUDGET.replace("amounts: [0.3, 0.5, 0.2]", "amounts: [0.3, 0.5, null]")
    findings = _check(tmp_path, budget)
    assert "/budget/lines/0/amounts/2" in [f.pointer for f in findings]


def test_a_wrong_grand_total_fails_in_its_column_and_across(tmp_path: Path) -> None:
    budget = BUDGET.replace(
        "total: {amounts: [0.4, 0.6, 0.3], total: 1.3", "total: {amounts: [0.4, 0.9, 0.3], total: 1.3"
    )
    findings = _check(tmp_path, budget)
    assert sorted(f.pointer for f in findings) == ["/budget/total/amounts/1", "/budget/total/total"]
    assert all('the budget total ("I ALT")' in f.message for f in findings)


def test_a_line_with_too_few_amounts_fails(tmp_path: Path) -> None:
    budget = BUDGET.replace("amounts: [0.1, 0.1, 0.1], total: 0.3", "amounts: [0.1, 0.1], total: 0.2")
    [finding] = _check(tmp_path, budget)
    assert finding.pointer == "/budget/lines/1/amounts"
    assert "Andet has 2 amounts, but the budget has 3 columns (2008, 2009, 2010)" in finding.message


def test_one_amount_and_one_column_are_singular_in_both_languages(tmp_path: Path) -> None:
    one_amount = BUDGET.replace("amounts: [0.1, 0.1, 0.1], total: 0.3", "amounts: [0.1], total: 0.1")
    [finding] = _check(tmp_path / "amount", one_amount)
    assert "Andet has 1 amount, but the budget has 3 columns (2008, 2009, 2010)" in finding.message
    one_column = (
        'budget:\n  unit: mio_kr\n  columns: ["2009"]\n  lines:\n    - {id: andet, title: Andet, amounts: [0.1, 0.2]}\n'
    )
    [finding] = _check(tmp_path / "column", one_column)
    assert finding.message == "Andet has 2 amounts, but the budget has 1 column (2009)"
    with speaking("da"):
        [finding] = _check(tmp_path / "da", one_column)
    assert finding.message == "Andet har 2 beløb, men budgettet har 1 kolonne (2009)"


def test_single_amounts_in_kroner_add_up_exactly(tmp_path: Path) -> None:
    budget = """\
budget:
  unit: kr
  lines:
    - id: a
      title: A
      amount: 0.3
      lines:
        - {id: b, title: B, amount: 0.1}
        - {id: c, title: C, amount: 0.2}
  total: {amount: 0.3}
"""
    assert _check(tmp_path, budget) == []
    [finding] = _check(tmp_path, budget.replace("total: {amount: 0.3}", "total: {amount: 6105606}"))
    assert finding.pointer == "/budget/total/amount"
    assert "amount 6105606 but 0.3 = 0.3 kr." in finding.message
