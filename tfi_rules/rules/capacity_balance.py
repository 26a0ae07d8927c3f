"""The core årsværk of a plan add up exactly to the mandate's capacity for the plan's period.

Why: TaskForce Integration has the capacity its mandate gives it (4 årsværk
from 1 February 2007, BIU 201/2006). A plan that spends more promises work
nobody will do; one that spends less leaves capacity unplanned. The capacity
is read from the mandate file, never from the plan, so a plan cannot pass by
changing its own total. Areas funded from elsewhere (`funding: {source: other}`)
do not count. The sum is exact: forty areas of 0.1 årsværk balance.

Fails (1.5 + 1 + 2 = 4.5, the mandate gives 4):

```yaml
mandate: biu-201-2006
areas:
  - {id: boligomraader, title: Udsatte boligområder, årsværk: 1.5}
  - {id: forvaltninger, title: Facilitering, årsværk: 1}
  - {id: best-practice, title: Best practice, årsværk: 2}
```

Passes (1.5 + 1 + 1.5 = 4):

```yaml
mandate: biu-201-2006
areas:
  - {id: boligomraader, title: Udsatte boligområder, årsværk: 1.5}
  - {id: forvaltninger, title: Facilitering, årsværk: 1}
  - {id: best-practice, title: Best practice, årsværk: 1.5}
```
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from ..findings import Problem, Severity
from ..i18n import t
from ..model.plan import Plan
from ..numbers import format_number, format_sum
from .context import Context

ID = "capacity-balance"
SEVERITY = Severity.ERROR
KINDS = ("plan",)
CROSS_FILE = True  # reads other files (mandates, ids, criteria) from the context
AFTER_WAIVERS = False  # runs with the other rules, before waivers are applied


def core_allocations(plan: Plan) -> list[Decimal]:
    """The årsværk of every core-funded area, in order (missing counts as none)."""
    return [area.årsværk for area in plan.areas if area.funding.source == "core" and area.årsværk is not None]


def check(plan: Plan, context: Context) -> Iterator[Problem]:
    allocations = core_allocations(plan)
    total = sum(allocations, Decimal(0))
    if plan.mandate is None:
        if total:
            yield Problem(
                "/areas",
                t(
                    "the areas spend {total} core årsværk, but the plan names no mandate to balance them against",
                    total=format_number(total),
                ),
                t(
                    "add `mandate: <id of the mandate>` (e.g. biu-201-2006), "
                    "or mark the areas `funding: {source: other, reference: ...}`"
                ),
            )
        return
    mandate = context.mandates.get(plan.mandate)
    if mandate is None:
        return  # mandate-reference reports the unknown id; there is nothing to balance against
    in_force = mandate.capacity_on(plan.period.start)
    if in_force is None:
        yield Problem(
            "/period/start",
            t(
                "the mandate {mandate} gives no capacity on {day}, the plan's first day",
                mandate=mandate.id,
                day=plan.period.start,
            ),
            t("check the plan's period, or add the capacity in force then to the mandate file"),
        )
        return
    changes = [entry for entry in mandate.capacity if plan.period.start < entry.start <= plan.period.end]
    if changes or (in_force.end is not None and in_force.end < plan.period.end):
        yield Problem(
            "/period",
            t(
                "the mandate's capacity changes or ends during the plan's period ({start} – {end})",
                start=plan.period.start,
                end=plan.period.end,
            ),
            t("split the plan at the date the capacity changes, or bring the mandate file up to date"),
        )
        return
    capacity = in_force.årsværk
    if total != capacity:
        difference = total - capacity
        message = (
            t(
                "core årsværk add up to {total} ({sum}), but the mandate {mandate} gives {capacity} ({excess} too many)",
                total=format_number(total),
                sum=format_sum(allocations),
                mandate=mandate.id,
                capacity=format_number(capacity),
                excess=format_number(difference),
            )
            if difference > 0
            else t(
                "core årsværk add up to {total} ({sum}), but the mandate {mandate} gives {capacity} ({lack} too few)",
                total=format_number(total),
                sum=format_sum(allocations),
                mandate=mandate.id,
                capacity=format_number(capacity),
                lack=format_number(-difference),
            )
        )
        yield Problem(
            "/areas",
            message,
            t(
                "change the areas' årsværk so they add up to {capacity}, "
                "or fund an area from elsewhere with `funding: {source: other, reference: ...}`",
                capacity=format_number(capacity),
            ),
        )
