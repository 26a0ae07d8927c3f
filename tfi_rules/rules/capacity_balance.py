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

from decimal import Decimal
from typing import Iterator

from ..context import Context
from ..findings import Problem, Severity
from ..model.plan import Plan
from ..numbers import format_number, format_sum

ID = "capacity-balance"
SEVERITY = Severity.ERROR
KINDS = ("plan",)


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
                f"the areas spend {format_number(total)} core årsværk, but the plan names no mandate to balance them against",
                "add `mandate: <id of the mandate>` (e.g. biu-201-2006), or mark the areas `funding: {source: other, reference: ...}`",
            )
        return
    mandate = context.mandates.get(plan.mandate)
    if mandate is None:
        return  # mandate-reference reports the unknown id; there is nothing to balance against
    in_force = mandate.capacity_on(plan.period.start)
    if in_force is None:
        yield Problem(
            "/period/start",
            f"the mandate {mandate.id} gives no capacity on {plan.period.start}, the plan's first day",
            "check the plan's period, or add the capacity in force then to the mandate file",
        )
        return
    changes = [entry for entry in mandate.capacity if plan.period.start < entry.start <= plan.period.end]
    if changes or (in_force.end is not None and in_force.end < plan.period.end):
        yield Problem(
            "/period",
            f"the mandate's capacity changes or ends during the plan's period ({plan.period.start} – {plan.period.end})",
            "split the plan at the date the capacity changes, or bring the mandate file up to date",
        )
        return
    capacity = in_force.årsværk
    if total != capacity:
        difference = total - capacity
        direction = "too many" if difference > 0 else "too few"
        yield Problem(
            "/areas",
            f"core årsværk add up to {format_number(total)} ({format_sum(allocations)}), "
            f"but the mandate {mandate.id} gives {format_number(capacity)} "
            f"({format_number(abs(difference))} {direction})",
            f"change the areas' årsværk so they add up to {format_number(capacity)}, "
            "or fund an area from elsewhere with `funding: {source: other, reference: ...}`",
        )
