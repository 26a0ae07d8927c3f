"""Every subtotal, row total and grand total of a budget is the sum of what it adds up.

Why: the budget tables in the seeds have many columns (years) and nested
lines, and a figure copied wrongly, or a table that was wrong in the source,
shows only as a sum that does not add up. Each line has one amount per column
(`amounts`, with null where the source prints "-", which counts as zero); a
line with `lines:` is the subtotal of those lines in every column; a stated
row `total` is the sum of that row; the budget's `total` is the sum of the
top-level lines. Sums are exact (0.1 + 0.2 is 0.3), and each wrong cell is
reported with the line, the column, the stated and the computed figure.

As an auditor reads a table in mio. kr.: its figures are amounts of kroner
rounded to the decimals printed, so a difference that rounding of the printed
figures can explain (half a unit of the last decimal of each: 0.05 for 0.2) is
not an error here but an info of budget-rounding. Where the sum of subtotals
disagrees with the total, but the line items beneath them agree with it, the
total is right: the subtotal that disagrees with its own items is reported,
not the total.

Fails (2.14 Integrationsrådet: total 0.6 but 0.2 + 0.2 = 0.4 mio. kr., more than rounding explains):

```yaml
budget:
  unit: mio_kr
  columns: ["2008", "2009"]
  lines:
    - {id: integrationsraadet, number: "2.14", title: Integrationsrådet, amounts: [0.2, 0.2], total: 0.6}
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

from ..findings import Problem, Severity
from ..i18n import t
from ..model.plan import Plan
from ..numbers import format_number
from .budget_table import BudgetTable, Sum, agreeing_note, sum_fields, table_of
from .context import Context

ID = "budget-sums"
SEVERITY = Severity.ERROR
KINDS = ("plan",)
CROSS_FILE = False  # needs only this file (and the configuration)
AFTER_WAIVERS = False  # runs with the other rules, before waivers are applied


def check(plan: Plan, context: Context) -> Iterator[Problem]:
    if plan.budget is None:
        return
    table = table_of(plan.budget)
    wrong = table.wrong_rows
    for pointer, name, row in wrong:
        yield _wrong_length(table, pointer, name, len(row.amounts or []))
    if wrong:
        return  # sums over rows of the wrong length would only repeat the problem
    for found in table.stated_sums:
        if not found.within_rounding:
            yield Problem(found.pointer, wrong_sum(found, table.unit), _hint())


def _wrong_length(table: BudgetTable, pointer: str, name: str, count: int) -> Problem:
    columns = table.budget.columns
    number = format_number(count)
    amounts = t("{count} amount", count=number) if count == 1 else t("{count} amounts", count=number)
    if not columns:
        message = t("{name} has {amounts}, but the budget has no `columns`", name=name, amounts=amounts)
        hint = t("add the column headings to `budget.columns`, or write a single `amount:`")
    else:
        width = format_number(len(columns))
        message = t(
            "{name} has {amounts}, but the budget has {columns} ({headings})",
            name=name,
            amounts=amounts,
            columns=t("{count} column", count=width) if len(columns) == 1 else t("{count} columns", count=width),
            headings=", ".join(columns),
        )
        hint = t('write one amount per column, null where the source prints "-"')
    return Problem(f"{pointer}/amounts", message, hint)


def wrong_sum(found: Sum, unit: str) -> str:
    """ "2.14 Integrationsrådet: total 0.6 but - + 0.2 + 0.2 = 0.4 mio. kr. (0.2 less than stated)", and what
    rounding could explain and which total agrees with the items beneath, where that is so."""
    fields = sum_fields(found, unit)
    if found.difference > 0:
        message = t(
            "{name}: {column} {stated} but {addition} = {computed} {unit} ({difference} more than stated)", **fields
        )
    else:
        message = t(
            "{name}: {column} {stated} but {addition} = {computed} {unit} ({difference} less than stated)", **fields
        )
    if found.slack:
        message += t("; rounding of the printed figures explains at most {slack}", slack=format_number(found.slack))
    return message + agreeing_note(found)


def _hint() -> str:
    return t(
        "check the figures against the source table; if the source's own sum is wrong, keep its figures "
        "and add a waiver citing it"
    )
