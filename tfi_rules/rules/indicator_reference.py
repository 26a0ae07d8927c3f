"""A criterion's indicator is declared in a plan.

Why: a criterion with `indicator:` is judged by that indicator's
measurements (for example a line of the Integrationsbarometer). A misspelt
id leaves the criterion with no measurements at all, so it could never be
met. Indicators are declared under `indicators:` in any plan of the
repository, and every plan is read before any rule runs.

Fails (the plan declares "beskaeftigelse-indvandrere"):

```yaml
criteria:
  - id: beskaeftigelse-64
    text: andelen af beskæftigede indvandrere øges med 10 procentpoint
    target: {kind: change, direction: increase, by: 10, mode: percentage_points, unit: percent}
    indicator: beskaeftigelse-indvandrer
indicators:
  - {id: beskaeftigelse-indvandrere, title: Andel beskæftigede indvandrere, unit: percent}
```

Passes:

```yaml
criteria:
  - id: beskaeftigelse-64
    text: andelen af beskæftigede indvandrere øges med 10 procentpoint
    target: {kind: change, direction: increase, by: 10, mode: percentage_points, unit: percent}
    indicator: beskaeftigelse-indvandrere
indicators:
  - {id: beskaeftigelse-indvandrere, title: Andel beskæftigede indvandrere, unit: percent}
```
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Problem, Severity
from ..i18n import t
from ..model.plan import Plan
from ..suggest import did_you_mean
from .context import Context, iter_criteria

ID = "indicator-reference"
SEVERITY = Severity.ERROR
KINDS = ("plan",)
CROSS_FILE = True  # reads other files (mandates, ids, criteria) from the context
AFTER_WAIVERS = False  # runs with the other rules, before waivers are applied


def check(plan: Plan, context: Context) -> Iterator[Problem]:
    for criterion, pointer in iter_criteria(plan):
        wanted = criterion.indicator
        if wanted is not None and wanted not in context.indicators:
            yield Problem(
                f"{pointer}/indicator",
                t(
                    "{criterion} names the indicator '{indicator}', which no plan declares",
                    criterion=criterion.id,
                    indicator=wanted,
                )
                + did_you_mean(wanted, context.indicators),
                t("write the id of an indicator listed under `indicators:` in a plan, or declare it there"),
            )
