"""The arithmetic of a budget table, as an auditor does it; read by budget-sums and budget-rounding.

Every stated sum (a subtotal's cell, a row's total, the grand total) is compared with what it adds
up. A table in mio. kr. prints amounts of kroner rounded to its last decimal, so a printed sum may
differ from the sum of its printed parts by as much as rounding can explain: half a unit of the last
decimal of each printed figure (0.05 for 0.2), added up over the parts and the sum itself. Within
that, the difference is rounding (budget-rounding, an info); beyond it, an error (budget-sums). A
table in kroner prints the amounts themselves: no rounding. A "-" is nothing, exactly.

Where a sum of subtotals disagrees with its stated total, but the line items beneath the subtotals
agree with it, the total is right and the subtotals are what is wrong: the total gives no finding,
and each subtotal that disagrees with its own items (it has a finding of its own) says so.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property

from ..i18n import language, speaking, t
from ..last import keep_last
from ..model.plan import Budget, BudgetLine, BudgetTotal
from ..numbers import UNIT_SYMBOLS, decimals, format_number

ZERO = Decimal(0)
MAX_TERMS = 20  # longer sums are shortened in messages; the figures are in the file


@dataclass(frozen=True)
class Figure:
    """A figure as a sum uses it: its value (None for "-") and how far rounding may have moved it."""

    value: Decimal | None
    slack: Decimal = ZERO


@dataclass(frozen=True)
class Sum:
    """One stated figure against the figures it adds up."""

    pointer: str
    name: str  # the row, e.g. "2.14 Integrationsrådet" or 'the budget total ("I ALT")'
    column: str  # "column 2009", "total" or "amount", in the language in use
    stated: Figure
    terms: list[Figure]
    agreeing_total: str | None = None  # a total above that agrees with the items beneath this subtotal

    @property
    def computed(self) -> Decimal:
        return sum((term.value or ZERO for term in self.terms), ZERO)

    @property
    def difference(self) -> Decimal:
        """How much more the parts add up to than is stated (negative: less)."""
        return self.computed - (self.stated.value or ZERO)

    @property
    def slack(self) -> Decimal:
        """The largest difference that rounding of the printed figures can explain."""
        return self.stated.slack + sum((term.slack for term in self.terms), ZERO)

    @property
    def adds_up(self) -> bool:
        return self.difference == 0

    @property
    def within_rounding(self) -> bool:
        return not self.adds_up and abs(self.difference) <= self.slack


@keep_last(also=language)
def table_of(budget: Budget) -> BudgetTable:
    """The budget's table, worked out once for the rules that read it (budget-sums, then budget-rounding).

    The table of the last budget asked for is kept (one budget, held until the next is asked for), so
    memory does not grow with the plans a check streams through; its names are in the language it was
    asked for in.
    """
    return BudgetTable(budget)


@dataclass
class BudgetTable:
    """A budget's rows walked once: the rows of the wrong length, then every stated sum."""

    budget: Budget
    unit: str = field(init=False)
    language: str = field(init=False)  # of the names in its sums
    _agreeing: dict[str, str] = field(default_factory=dict, init=False)  # subtotal cell → total that agrees

    def __post_init__(self) -> None:
        self.unit = UNIT_SYMBOLS[self.budget.unit]
        self.language = language()

    @cached_property
    def wrong_rows(self) -> list[tuple[str, str, BudgetTotal]]:
        """`wrong_lengths()`, walked once, named in the table's language."""
        with speaking(self.language):
            return list(self.wrong_lengths())

    @cached_property
    def stated_sums(self) -> list[Sum]:
        """`sums()`, walked once, named in the table's language."""
        with speaking(self.language):
            return list(self.sums())

    # Lengths ---------------------------------------------------------------

    def wrong_lengths(self) -> Iterator[tuple[str, str, BudgetTotal]]:
        """(pointer, name, row) of every row whose amounts do not match the columns."""
        rows: list[tuple[str, str, BudgetTotal]] = list(self._rows(self.budget.lines, "/budget/lines"))
        if self.budget.total is not None:
            rows.append(("/budget/total", t("the budget total"), self.budget.total))
        for pointer, name, row in rows:
            if row.amounts is not None and len(row.amounts) != len(self.budget.columns):
                yield pointer, name, row

    def _rows(self, lines: list[BudgetLine], prefix: str) -> Iterator[tuple[str, str, BudgetTotal]]:
        for index, line in enumerate(lines):
            pointer = f"{prefix}/{index}"
            yield pointer, line_name(line), line
            yield from self._rows(line.lines, f"{pointer}/lines")

    # Sums ------------------------------------------------------------------

    def sums(self) -> Iterator[Sum]:
        """Every stated sum that is not exact, totals before the subtotals they speak of."""
        total = self.budget.total
        if total is not None:
            name = t('the budget total ("{text}")', text=total.text) if total.text else t("the budget total")
            yield from self._row(total, self.budget.lines, "/budget/total", name)
        yield from self._lines(self.budget.lines, "/budget/lines")

    def _lines(self, lines: list[BudgetLine], prefix: str) -> Iterator[Sum]:
        for index, line in enumerate(lines):
            pointer = f"{prefix}/{index}"
            if line.lines:
                yield from self._row(line, line.lines, pointer, line_name(line))
            else:
                yield from self._row_total(line, pointer, line_name(line))
            yield from self._lines(line.lines, f"{pointer}/lines")

    def _row(self, row: BudgetTotal, children: list[BudgetLine], pointer: str, name: str) -> Iterator[Sum]:
        """A subtotal (or the grand total) against the lines it adds up, then its own row total."""
        below = "/budget/lines" if pointer == "/budget/total" else f"{pointer}/lines"
        if row.amounts is not None:
            for column, amount in enumerate(row.amounts):
                heading = t("column {heading}", heading=self.budget.columns[column])

                def cell(line: BudgetLine, column: int = column) -> Figure:
                    return self._cell(line, column)

                place = f"amounts/{column}"
                yield from self._against(self._figure(amount), children, cell, pointer, below, place, name, heading)
        if row.amount is not None:
            single = self._figure(row.amount)
            yield from self._against(single, children, self._single, pointer, below, "amount", name, t("amount"))
        if row.total is not None and row.amounts is None:
            across = self._figure(row.total)
            yield from self._against(across, children, self._across, pointer, below, "total", name, t("total"))
        yield from self._row_total(row, pointer, name)

    def _row_total(self, row: BudgetTotal, pointer: str, name: str) -> Iterator[Sum]:
        if row.total is not None and row.amounts is not None:
            terms = [self._figure(amount) for amount in row.amounts]
            yield from _unless_exact(Sum(f"{pointer}/total", name, t("total"), self._figure(row.total), terms))

    def _against(
        self,
        stated: Figure,
        children: list[BudgetLine],
        value: Callable[[BudgetLine], Figure],
        pointer: str,
        below: str,
        place: str,
        name: str,
        column: str,
    ) -> Iterator[Sum]:
        """A stated sum against its children's figures in one place (a column, the amount or the total)."""
        where = f"{pointer}/{place}"
        found = Sum(where, name, column, stated, [value(child) for child in children], self._agreeing.get(where))
        if not (found.adds_up or found.within_rounding) and any(child.lines for child in children):
            items = Sum(where, name, column, stated, [item for child in children for item in self._items(child, value)])
            if items.adds_up or items.within_rounding:
                # The total is right; the subtotals beneath that disagree with their own items are what is
                # wrong, and each of them says so in its own finding.
                for index, child in enumerate(children):
                    if child.lines:
                        self._agreeing[f"{below}/{index}/{place}"] = name
                return
        yield from _unless_exact(found)

    # The value of a line, as its parent adds it up -------------------------

    def _figure(self, value: Decimal | None) -> Figure:
        if value is None or self.budget.unit == "kr":
            return Figure(value)  # "-" is nothing; kroner are printed as they are
        places = decimals(value)
        if places >= 6:
            return Figure(value)  # millions to the krone
        return Figure(value, Decimal(5).scaleb(-places - 1))

    def _cell(self, line: BudgetLine, column: int) -> Figure:
        if line.amounts is not None:
            return self._figure(line.amounts[column])
        if line.lines:
            return _added([self._cell(child, column) for child in line.lines])
        return Figure(None)

    def _single(self, line: BudgetLine) -> Figure:
        if line.amount is not None:
            return self._figure(line.amount)
        if line.lines:
            return _added([self._single(child) for child in line.lines])
        return Figure(None)

    def _across(self, line: BudgetLine) -> Figure:
        if line.total is not None:
            return self._figure(line.total)
        if line.amounts is not None:
            return _added([self._figure(amount) for amount in line.amounts])
        if line.lines:
            return _added([self._across(child) for child in line.lines])
        return self._figure(line.amount)

    def _items(self, line: BudgetLine, value: Callable[[BudgetLine], Figure]) -> list[Figure]:
        """The line items beneath a line, through its subtotals (the line itself when it has none)."""
        if not line.lines:
            return [value(line)]
        return [figure for child in line.lines for figure in self._items(child, value)]


def _unless_exact(found: Sum) -> Iterator[Sum]:
    if not found.adds_up:
        yield found


def _added(figures: list[Figure]) -> Figure:
    return Figure(sum((f.value or ZERO for f in figures), ZERO), sum((f.slack for f in figures), ZERO))


def line_name(line: BudgetLine) -> str:
    return f"{line.number} {line.title}" if line.number else line.title


def show(value: Decimal | None) -> str:
    return "-" if value is None else format_number(value)


def addition(found: Sum) -> str:
    """The parts of a sum as the message shows them: "0.2 + - + 0.2", shortened after MAX_TERMS."""
    shown = [show(term.value) for term in found.terms]
    if len(shown) > MAX_TERMS:
        shown = shown[: MAX_TERMS - 1] + [t("… ({count} more)", count=format_number(len(shown) - MAX_TERMS + 1))]
    return " + ".join(shown) if shown else t("nothing")


def sum_fields(found: Sum, unit: str) -> dict[str, str]:
    """The figures of a sum as budget-sums and budget-rounding name them in their messages."""
    return {
        "name": found.name,
        "column": found.column,
        "stated": show(found.stated.value),
        "addition": addition(found),
        "computed": format_number(found.computed),
        "unit": unit,
        "difference": format_number(abs(found.difference)),
    }


def agreeing_note(found: Sum) -> str:
    """ "; the budget total agrees with the line items beneath ...", where a total above agrees; else ""."""
    if not found.agreeing_total:
        return ""
    return t(
        "; {total} agrees with the line items beneath this subtotal, so the subtotal is the figure that disagrees",
        total=found.agreeing_total,
    )
