"""What a change does to a plan's budget: lines added, removed, renamed, raised or lowered.

Lines are matched by id at any depth (a subtotal's lines included). Amounts are
compared exactly and said as `format_kroner` writes them in the language in use
("raised by 50,000 kr., from 50,000 kr. to 100,000 kr."; "2.5 mio. kr.", in Danish
"2,5 mio. kr."). A budget with columns (years) is compared
column by column, named by its heading. When the budget states no total, the
sum of its top-level lines stands in for it.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from ..i18n import t
from ..model.plan import Budget, BudgetLine, BudgetTotal
from ..model.walk import budget_lines
from ..numbers import format_kroner
from .differences import Difference, DifferenceKind, difference, exact, field_changes, quoted

_AMOUNTS = ("amount", "amounts", "total")
TOTAL_ID = "budget"  # the id given to changes of the budget as a whole


def budget_changes(old: Budget | None, new: Budget | None) -> Iterator[Difference]:
    if old is None and new is None:
        return
    if old is None and new is not None:
        yield Difference(
            DifferenceKind.BUDGET_ADDED, TOTAL_ID, t("budget added ({description})", description=describe_budget(new))
        )
        return
    if new is None and old is not None:
        yield Difference(
            DifferenceKind.BUDGET_REMOVED,
            TOTAL_ID,
            t("budget removed (was {description})", description=describe_budget(old)),
        )
        return
    assert old is not None and new is not None
    before, after = _lines_by_id(old.lines), _lines_by_id(new.lines)
    same_unit = old.unit == new.unit
    if not same_unit:
        yield Difference(
            DifferenceKind.BUDGET_TOTAL_CHANGED,
            TOTAL_ID,
            t(
                "budget unit changed from {before} to {after}: amounts are not compared",
                before=old.unit,
                after=new.unit,
            ),
        )
    for line_id, line in after.items():
        if line_id not in before:
            yield Difference(
                DifferenceKind.BUDGET_LINE_ADDED,
                line_id,
                t(
                    "budget line `{line}` added: {description}",
                    line=line_id,
                    description=_describe_line(line, new.unit),
                ),
            )
    for line_id, line in before.items():
        if line_id not in after:
            yield Difference(
                DifferenceKind.BUDGET_LINE_REMOVED,
                line_id,
                t(
                    "budget line `{line}` removed (was {description})",
                    line=line_id,
                    description=_describe_line(line, old.unit),
                ),
            )
    for line_id, line in after.items():
        previous = before.get(line_id)
        if previous is None:
            continue
        if previous.title != line.title:
            yield Difference(
                DifferenceKind.BUDGET_LINE_RENAMED,
                line_id,
                t(
                    "budget line `{line}` renamed from {before} to {after}",
                    line=line_id,
                    before=quoted(previous.title),
                    after=quoted(line.title),
                ),
            )
        label = t("budget line `{line}`", line=line_id)
        if same_unit:
            yield from _amount_changes(line_id, label, previous, line, new)
        yield from field_changes(
            previous,
            line,
            label,
            line_id,
            skip=("id", "title", "lines", *(_AMOUNTS if same_unit else ())),
        )
    if same_unit:
        yield from _total_changes(old, new)
    yield from field_changes(old, new, t("the budget"), TOTAL_ID, skip=("unit", "lines", "total"))


def describe_budget(budget: Budget) -> str:
    count = len(_lines_by_id(budget.lines))
    lines = t("{count} budget line", count=count) if count == 1 else t("{count} budget lines", count=count)
    total = _stated_or_summed(budget)
    if total is None:
        return lines
    return t("{lines}, {total} in total", lines=lines, total=format_kroner(total, budget.unit))


def _lines_by_id(lines: list[BudgetLine]) -> dict[str, BudgetLine]:
    found: dict[str, BudgetLine] = {}
    for line, _pointer in budget_lines(lines):
        found.setdefault(line.id, line)
    return found


def _describe_line(line: BudgetLine, unit: str) -> str:
    amount = line.amount if line.amount is not None else line.total
    return quoted(line.title) + (f", {format_kroner(amount, unit)}" if amount is not None else "")


def _amount_changes(
    change_id: str, label: str, old: BudgetTotal, new: BudgetTotal, budget: Budget, total: bool = False
) -> Iterator[Difference]:
    yield from _money(change_id, label, old.amount, new.amount, budget.unit, total)
    old_amounts, new_amounts = old.amounts or [], new.amounts or []
    if len(old_amounts) == len(new_amounts):
        for index, (was, now) in enumerate(zip(old_amounts, new_amounts, strict=True)):
            column = budget.columns[index] if index < len(budget.columns) else t("column {heading}", heading=index + 1)
            yield from _money(change_id, f"{label} ({column})", was, now, budget.unit, total)
    else:
        yield Difference(
            DifferenceKind.OTHER,
            change_id,
            t(
                "{label} now has {count} amounts instead of {before}",
                label=label,
                count=len(new_amounts),
                before=len(old_amounts),
            ),
        )
    yield from _money(
        change_id,
        t("{label} (all columns)", label=label) if new_amounts else label,
        old.total,
        new.total,
        budget.unit,
        total,
    )


def _money(
    change_id: str, label: str, was: Decimal | None, now: Decimal | None, unit: str, total: bool = False
) -> Iterator[Difference]:
    """One amount of a line (or, with `total`, of the budget's total) compared exactly."""
    if was == now:
        return
    if was is None or now is None:
        sentence = (
            t("{label} set to {amount}", label=label, amount=format_kroner(now, unit))  # type: ignore[arg-type]
            if was is None
            else t("{label} emptied (was {amount})", label=label, amount=format_kroner(was, unit))
        )
        yield Difference(DifferenceKind.BUDGET_TOTAL_CHANGED if total else DifferenceKind.OTHER, change_id, sentence)
        return
    step = difference(now, was)
    if total:
        kind = DifferenceKind.BUDGET_TOTAL_CHANGED
    else:
        kind = DifferenceKind.BUDGET_LINE_RAISED if step > 0 else DifferenceKind.BUDGET_LINE_LOWERED
    amounts = {
        "step": format_kroner(abs(step), unit),
        "before": format_kroner(was, unit),
        "after": format_kroner(now, unit),
    }
    yield Difference(
        kind,
        change_id,
        t("{label} raised by {step}, from {before} to {after}", label=label, **amounts)
        if step > 0
        else t("{label} lowered by {step}, from {before} to {after}", label=label, **amounts),
    )


def _total_changes(old: Budget, new: Budget) -> Iterator[Difference]:
    if old.total is not None and new.total is not None:
        yield from _amount_changes(TOTAL_ID, t("budget total"), old.total, new.total, new, total=True)
        return
    if old.total is not None or new.total is not None:
        sentence = t("stated budget total added") if old.total is None else t("stated budget total removed")
        yield Difference(DifferenceKind.BUDGET_TOTAL_CHANGED, TOTAL_ID, sentence)
        return
    yield from _money(TOTAL_ID, t("sum of the budget lines"), _line_sum(old), _line_sum(new), new.unit, total=True)


def _stated_or_summed(budget: Budget) -> Decimal | None:
    if budget.total is not None and budget.total.amount is not None:
        return budget.total.amount
    if budget.total is not None and budget.total.total is not None:
        return budget.total.total
    return _line_sum(budget)


def _line_sum(budget: Budget) -> Decimal | None:
    """The sum of the top-level lines' amounts (or their totals across columns); None if none has one."""
    amounts = [line.amount if line.amount is not None else line.total for line in budget.lines]
    present = [amount for amount in amounts if amount is not None]
    return exact(present) if present else None
