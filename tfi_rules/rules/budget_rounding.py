"""A budget sum that differs from its parts only by what rounding of the printed figures explains.

Why: a table in mio. kr. prints amounts of kroner rounded to one decimal. Seed
004 gives Integrationsrådet "et budget på 150.000 kr. årligt"; its table prints
0,2 for each year and 0,3 for the two together: 0,15 + 0,15 is 0,3, and each
0,15 is printed as 0,2. An auditor does not call that an error, but does note
it: a sum is taken to agree with its parts when the difference is at most half
a unit of the last decimal of every printed figure added up (0.05 each for 0.2,
0.2 and 0.3: up to 0.15). Larger differences are errors of budget-sums; sums in
kroner are exact, and so is "-". This info names the rounding, so the reader
knows the figures were kept as printed and why they may.

Fails (an info: 0.2 + 0.2 is 0.4, but 0.3 is within the rounding of one decimal):

```yaml
budget:
  unit: mio_kr
  columns: ["2009", "2010"]
  lines:
    - {id: integrationsraadet, number: "2.14", title: Integrationsrådet, amounts: [0.2, 0.2], total: 0.3}
```

Passes (the sum is exact):

```yaml
budget:
  unit: mio_kr
  columns: ["2009", "2010"]
  lines:
    - {id: integrationsraadet, number: "2.14", title: Integrationsrådet, amounts: [0.2, 0.2], total: 0.4}
```
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Problem, Severity
from ..i18n import t
from ..model.plan import Plan
from ..numbers import format_number
from .budget_table import Sum, agreeing_note, sum_fields, table_of
from .context import Context

ID = "budget-rounding"
SEVERITY = Severity.INFO
KINDS = ("plan",)
CROSS_FILE = False  # needs only this file (and the configuration)
AFTER_WAIVERS = False  # runs with the other rules, before waivers are applied


def check(plan: Plan, context: Context) -> Iterator[Problem]:
    if plan.budget is None:
        return
    table = table_of(plan.budget)
    if table.wrong_rows:
        return  # budget-sums reports those; sums over them mean nothing
    for found in table.stated_sums:
        if found.within_rounding:
            yield Problem(found.pointer, _message(found, table.unit), _hint())


def _message(found: Sum, unit: str) -> str:
    return t(
        "{name}: {column} {stated}, while {addition} = {computed} {unit}: the difference of {difference} is "
        "within the rounding of the printed figures (at most {slack})",
        **sum_fields(found, unit),
        slack=format_number(found.slack),
    ) + agreeing_note(found)


def _hint() -> str:
    return t("nothing to correct if the source prints these figures: keep them as printed")
