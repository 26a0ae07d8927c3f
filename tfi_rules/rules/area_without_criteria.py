"""Every focus area has at least one success criterion.

Why: an area's årsværk are spent whatever happens; without a success
criterion (succeskriterium) a reviewer cannot tell at the end of the year
whether the area delivered anything. Some plans give none for an area
(the source simply has none): then the finding stays as a reminder, or is
waived with the reason, citing the source.

Fails:

```yaml
areas:
  - id: oevrige-leverancer
    title: Øvrige leverancer
    årsværk: 0.5
```

Passes:

```yaml
areas:
  - id: oevrige-leverancer
    title: Øvrige leverancer
    årsværk: 0.5
    criteria:
      - id: leverancer-gennemfoert
        text: De aftalte leverancer er gennemført.
        target: {kind: done}
        measured_by: report
```
"""

from __future__ import annotations

from typing import Iterator

from ..context import Context
from ..findings import Problem, Severity
from ..model.plan import Plan
from ..numbers import format_number

ID = "area-without-criteria"
SEVERITY = Severity.WARNING
KINDS = ("plan",)


def check(plan: Plan, context: Context) -> Iterator[Problem]:
    for index, area in enumerate(plan.areas):
        if area.criteria:
            continue
        spends = f" spends {format_number(area.årsværk)} årsværk but" if area.årsværk is not None else ""
        yield Problem(
            f"/areas/{index}",
            f"the area '{area.id}'{spends} has no success criteria, so no one can tell whether it delivered",
            "add the source's success criteria under `criteria:`; if the source gives none, "
            "add a waiver saying so",
        )
