"""A plan's id and each indicator's id are used by no other file.

Why: measurements name a criterion as `plan-id/criterion-id` and an indicator
by its id alone, across the whole repository. If two plan files had the same
id, or two plans declared the same indicator, a measurement would be judged
against whichever file happened to be read first. The finding is on the file
read later and names the file that used the id first.

Fails (plans/2009-revideret.yaml, while plans/2009.yaml already has id "2009"
and declares the indicator "tfi-projektbesoeg"):

```yaml
kind: plan
id: "2009"
indicators:
  - {id: tfi-projektbesoeg, title: Projektbesøg, unit: count}
```

Passes (an id of its own; the indicator is declared once, in plans/2009.yaml,
and criteria of any plan may name it):

```yaml
kind: plan
id: 2009-revideret
```
"""

from __future__ import annotations

import os
from collections.abc import Iterator

from ..findings import Problem, Severity
from ..i18n import t
from ..model.plan import Plan
from .context import Context

ID = "plan-id-unique"
SEVERITY = Severity.ERROR
KINDS = ("plan",)
CROSS_FILE = True  # reads other files (mandates, ids, criteria) from the context
AFTER_WAIVERS = False  # runs with the other rules, before waivers are applied


def _same_file(first: str, current: str) -> bool:
    # The same spelling is the common case (the file registered its own ids); resolving
    # links costs a system call per path component, and this runs for every id of every plan.
    return first == current or os.path.realpath(first) == os.path.realpath(current)


def check(plan: Plan, context: Context) -> Iterator[Problem]:
    current = context.current_file
    first = context.plan_files.get(plan.id)
    if first is not None and not _same_file(first, current):
        yield Problem(
            "/id",
            t("the plan id '{plan}' is already used by {file}", plan=plan.id, file=first),
            t("give each plan file an id of its own (by convention its file name without .yaml)"),
        )
    for index, indicator in enumerate(plan.indicators):
        first = context.indicator_files.get(indicator.id)
        if first is not None and not _same_file(first, current):
            yield Problem(
                f"/indicators/{index}/id",
                t("the indicator '{indicator}' is already declared in {file}", indicator=indicator.id, file=first),
                t(
                    "declare an indicator in one plan only; criteria of any plan may name it, "
                    "or give this one another id if it measures something else"
                ),
            )
