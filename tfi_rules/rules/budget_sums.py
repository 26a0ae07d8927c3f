"""Every subtotal, row total and grand total of a budget is exactly the sum of what it adds up.

Why: the budget tables in the seeds have many columns (years) and nested
lines, and a figure copied wrongly, or a table that was wrong in the source,
shows only as a sum that does not add up. Each line has one amount per column
(`amounts`, with null where the source prints "-", which counts as zero); a
line with `lines:` is the subtotal of those lines in every column; a stated
row `total` is the sum of that row; the budget's `total` is the sum of the
top-level lines. Sums are exact (0.1 + 0.2 is 0.3), and each wrong cell is
reported with the line, the column, the stated and the computed figure.

Fails (2.14 Integrationsrådet: total 0.3 but 0.2 + 0.2 = 0.4 mio. kr.):

```yaml
budget:
  unit: mio_kr
  columns: ["2008", "2009"]
  lines:
    - {id: integrationsraadet, number: "2.14", title: Integrationsrådet, amounts: [0.2, 0.2], total: 0.3}
```

Passes ("-" is null and counts as zero):

```yaml
budget:
  unit: mio_kr
  columns: ["2008", "2009"]
  lines:
    - id: pulje
      title: Integrationspuljen
      amounts: [0.5, 0.2]
      total: 0.7
      lines:
        - {id: raadet, number: "2.14", title: Integrationsrådet, amounts: [0.2, 0.2], total: 0.4}
        - {id: dag, number: "2.15", title: International Dag, amounts: [0.3, null], total: 0.3}
  total: {amounts: [0.5, 0.2], total: 0.7, text: I ALT}
```
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from ..findings import Problem, Severity
from ..i18n import t
from ..model.plan import Budget, BudgetLine, BudgetTotal, Plan
from ..numbers import UNIT_SYMBOLS, format_number
from .context import Context

ID = "budget-sums"
SEVERITY = Severity.ERROR
KINDS = ("plan",)
CROSS_FILE = False  # needs only this file (and the configuration)
AFTER_WAIVERS = False  # runs with the other rules, before waivers are applied

ZERO = Decimal(0)
MAX_TERMS = 20  # longer sums are shortened in messages; the figures are in the file


def check(plan: Plan, context: Context) -> Iterator[Problem]:
    budget = plan.budget
    if budget is None:
        return
    checker = _BudgetCheck(budget)
    yield from checker.lengths(budget.lines, "/budget/lines")
    if budget.total is not None:
        yield from checker.length_of(budget.total, "/budget/total", t("the budget total"))
    if checker.broken:
        return  # sums over rows of the wrong length would only repeat the problem
    yield from checker.lines(budget.lines, "/budget/lines")
    if budget.total is not None:
        name = t('the budget total ("{text}")', text=budget.total.text) if budget.total.text else t("the budget total")
        yield from checker.row(budget.total, budget.lines, "/budget/total", name)


def _name(line: BudgetLine) -> str:
    return f"{line.number} {line.title}" if line.number else line.title


def _show(value: Decimal | None) -> str:
    return "-" if value is None else format_number(value)


class _BudgetCheck:
    def __init__(self, budget: Budget) -> None:
        self.columns = budget.columns
        self.unit = UNIT_SYMBOLS[budget.unit]
        self.broken = False

    # Lengths ---------------------------------------------------------------

    def lengths(self, lines: list[BudgetLine], prefix: str) -> Iterator[Problem]:
        for index, line in enumerate(lines):
            pointer = f"{prefix}/{index}"
            yield from self.length_of(line, pointer, _name(line))
            yield from self.lengths(line.lines, f"{pointer}/lines")

    def length_of(self, row: BudgetTotal, pointer: str, name: str) -> Iterator[Problem]:
        if row.amounts is None or len(row.amounts) == len(self.columns):
            return
        self.broken = True
        if not self.columns:
            message = t(
                "{name} has {count} amounts, but the budget has no `columns`",
                name=name,
                count=format_number(len(row.amounts)),
            )
            hint = t("add the column headings to `budget.columns`, or write a single `amount:`")
        else:
            message = t(
                "{name} has {count} amounts, but the budget has {columns} columns ({headings})",
                name=name,
                count=format_number(len(row.amounts)),
                columns=format_number(len(self.columns)),
                headings=", ".join(self.columns),
            )
            hint = t('write one amount per column, null where the source prints "-"')
        yield Problem(f"{pointer}/amounts", message, hint)

    # Sums ------------------------------------------------------------------

    def lines(self, lines: list[BudgetLine], prefix: str) -> Iterator[Problem]:
        for index, line in enumerate(lines):
            pointer = f"{prefix}/{index}"
            if line.lines:
                yield from self.row(line, line.lines, pointer, _name(line))
            else:
                yield from self.row_total(line, pointer, _name(line))
            yield from self.lines(line.lines, f"{pointer}/lines")

    def row(self, row: BudgetTotal, children: list[BudgetLine], pointer: str, name: str) -> Iterator[Problem]:
        """A subtotal (or the grand total) against the lines it adds up, then its own row total."""
        if row.amounts is not None:
            for column, stated in enumerate(row.amounts):
                terms = [self.cell(child, column) for child in children]
                heading = t("column {heading}", heading=self.columns[column])
                yield from self.compare(stated, terms, f"{pointer}/amounts/{column}", name, heading)
        if row.amount is not None:
            terms = [self.single(child) for child in children]
            yield from self.compare(row.amount, terms, f"{pointer}/amount", name, t("amount"))
        if row.total is not None and row.amounts is None:
            terms = [self.across(child) for child in children]
            yield from self.compare(row.total, terms, f"{pointer}/total", name, t("total"))
        yield from self.row_total(row, pointer, name)

    def row_total(self, row: BudgetTotal, pointer: str, name: str) -> Iterator[Problem]:
        if row.total is not None and row.amounts is not None:
            yield from self.compare(row.total, list(row.amounts), f"{pointer}/total", name, t("total"))

    def compare(
        self, stated: Decimal | None, terms: list[Decimal | None], pointer: str, name: str, column: str
    ) -> Iterator[Problem]:
        computed = sum((term or ZERO for term in terms), ZERO)
        if (stated or ZERO) == computed:
            return
        shown = [_show(term) for term in terms]
        if len(shown) > MAX_TERMS:
            shown = shown[: MAX_TERMS - 1] + [t("… ({count} more)", count=format_number(len(terms) - MAX_TERMS + 1))]
        addition = " + ".join(shown) if shown else t("nothing")
        difference = computed - (stated or ZERO)
        if difference > 0:
            message = t(
                "{name}: {column} {stated} but {addition} = {computed} {unit} ({difference} more than stated)",
                name=name,
                column=column,
                stated=_show(stated),
                addition=addition,
                computed=format_number(computed),
                unit=self.unit,
                difference=format_number(difference),
            )
        else:
            message = t(
                "{name}: {column} {stated} but {addition} = {computed} {unit} ({difference} less than stated)",
                name=name,
                column=column,
                stated=_show(stated),
                addition=addition,
                computed=format_number(computed),
                unit=self.unit,
                difference=format_number(-difference),
            )
        yield Problem(
            pointer,
            message,
            t(
                "check the figures against the source table; if the source's own sum is wrong, keep its figures "
                "and add a waiver citing it"
            ),
        )

    # The value of a line, as its parent adds it up -------------------------

    def cell(self, line: BudgetLine, column: int) -> Decimal | None:
        if line.amounts is not None:
            return line.amounts[column]
        if line.lines:
            return sum((self.cell(child, column) or ZERO for child in line.lines), ZERO)
        return None

    def single(self, line: BudgetLine) -> Decimal | None:
        if line.amount is not None:
            return line.amount
        if line.lines:
            return sum((self.single(child) or ZERO for child in line.lines), ZERO)
        return None

    def across(self, line: BudgetLine) -> Decimal | None:
        if line.total is not None:
            return line.total
        if line.amounts is not None:
            return sum((amount or ZERO for amount in line.amounts), ZERO)
        if line.lines:
            return sum((self.across(child) or ZERO for child in line.lines), ZERO)
        return line.amount
