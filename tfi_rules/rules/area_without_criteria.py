"""Every focus area has at least one success criterion.

Why: an area's årsværk are spent whatever happens; without a success
criterion (succeskriterium) a reviewer cannot tell at the end of the year
whether the area delivered anything. Some plans give none for an area
(the source simply has none): a person who has read the source records
that decision on the area, and the finding no longer appears:
`decisions: [{about: criteria, by: <who>, on: <YYYY-MM-DD>, note: <where in the source>}]`.

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

Passes (the source gives none, and someone who read it says so):

```yaml
areas:
  - id: danskundervisning
    title: Danskundervisning til voksne udlændinge
    decisions:
      - about: criteria
        by: koordinatoren
        on: 2026-12-03
        note: Afsnit 3.3 har "Mål ./." — kilden giver intet mål.
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
        if area.criteria or area.decided("criteria") is not None:
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
            t(
                "add the source's success criteria under `criteria:`; if the source gives none, record that: "
                "`decisions: [{about: criteria, by: <who>, on: <YYYY-MM-DD>, note: <where in the source>}]`"
            ),
        )
