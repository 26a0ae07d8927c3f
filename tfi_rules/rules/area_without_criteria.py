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

from collections.abc import Iterator

from ..findings import Problem, Severity
from ..i18n import t
from ..model.plan import Plan
from ..numbers import format_number
from .context import Context

ID = "area-without-criteria"
SEVERITY = Severity.WARNING
KINDS = ("plan",)
CROSS_FILE = False  # needs only this file (and the configuration)
AFTER_WAIVERS = False  # runs with the other rules, before waivers are applied


def check(plan: Plan, context: Context) -> Iterator[Problem]:
    for index, area in enumerate(plan.areas):
        if area.criteria:
            continue
        message = (
            t("the area '{area}' has no success criteria, so no one can tell whether it delivered", area=area.id)
            if area.årsværk is None
            else t(
                "the area '{area}' spends {allocation} årsværk but has no success criteria, "
                "so no one can tell whether it delivered",
                area=area.id,
                allocation=format_number(area.årsværk),
            )
        )
        yield Problem(
            f"/areas/{index}",
            message,
            t("add the source's success criteria under `criteria:`; if the source gives none, add a waiver saying so"),
        )
