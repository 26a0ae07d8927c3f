"""Areas, criteria, budget lines and indicators each have an id used only once in the plan.

Why: measurements name a criterion as `plan-id/criterion-id`, waivers name an
area, criterion or budget line by its id, and the verdict reports by id. If
two criteria share an id, a measurement or waiver silently lands on the
first. Criterion ids are unique across the whole plan (sub-criteria and
criteria of other areas included), budget line ids across the whole budget
(lines inside lines included). Ids with capital letters or spaces
("Initiativer", "initiativer " from a copied line) are already rejected by
the schema, which suggests the clean id. The finding points at the second
use and names where the first is.

Fails (two criteria called "initiativer", in different areas):

```yaml
areas:
  - id: boligomraader
    title: Udsatte boligområder
    criteria:
      - {id: initiativer, text: mindst 5 initiativer, target: {kind: at_least, value: 5, unit: count}}
  - id: forvaltninger
    title: Facilitering
    criteria:
      - {id: initiativer, text: mindst 3 initiativer, target: {kind: at_least, value: 3, unit: count}}
```

Passes:

```yaml
areas:
  - id: boligomraader
    title: Udsatte boligområder
    criteria:
      - {id: initiativer-boligomraader, text: mindst 5 initiativer, target: {kind: at_least, value: 5, unit: count}}
  - id: forvaltninger
    title: Facilitering
    criteria:
      - {id: dialog-initiativer, text: mindst 3 initiativer, target: {kind: at_least, value: 3, unit: count}}
```
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Problem, Severity
from ..i18n import t
from ..model.plan import BudgetLine, Plan
from .context import Context, iter_criteria

ID = "unique-ids"
SEVERITY = Severity.ERROR
KINDS = ("plan",)
CROSS_FILE = False  # needs only this file (and the configuration)
AFTER_WAIVERS = False  # runs with the other rules, before waivers are applied


def _budget_lines(lines: list[BudgetLine], prefix: str) -> Iterator[tuple[str, str]]:
    for index, line in enumerate(lines):
        pointer = f"{prefix}/{index}"
        yield line.id, pointer
        yield from _budget_lines(line.lines, pointer + "/lines")


def id_groups(plan: Plan) -> list[tuple[str, list[tuple[str, str]]]]:
    """Each kind of id with its (id, pointer) pairs in file order."""
    groups = [
        ("area", [(area.id, f"/areas/{i}") for i, area in enumerate(plan.areas)]),
        ("criterion", [(criterion.id, pointer) for criterion, pointer in iter_criteria(plan)]),
        ("indicator", [(indicator.id, f"/indicators/{i}") for i, indicator in enumerate(plan.indicators)]),
    ]
    if plan.budget is not None:
        groups.append(("budget line", list(_budget_lines(plan.budget.lines, "/budget/lines"))))
    return groups


def check(plan: Plan, context: Context) -> Iterator[Problem]:
    # Ids that differ only in capitals or spaces cannot get this far: the id type admits
    # lowercase letters, digits and hyphens only, and the schema check suggests the clean id.
    for kind, entries in id_groups(plan):
        first: dict[str, str] = {}
        for identifier, pointer in entries:
            if identifier in first:
                yield Problem(f"{pointer}/id", *_used_twice(kind, identifier, first[identifier]))
                continue
            first[identifier] = pointer


def _used_twice(kind: str, identifier: str, first: str) -> tuple[str, str]:
    """The message and hint for a second use of an id: whole sentences per kind, so each reads right."""
    if kind == "area":
        return (
            t("the area id '{id}' is used twice; the first is at {first}", id=identifier, first=first),
            t("give this area an id of its own (measurements and waivers name it by id)"),
        )
    if kind == "criterion":
        return (
            t("the criterion id '{id}' is used twice; the first is at {first}", id=identifier, first=first),
            t("give this criterion an id of its own (measurements and waivers name it by id)"),
        )
    if kind == "indicator":
        return (
            t("the indicator id '{id}' is used twice; the first is at {first}", id=identifier, first=first),
            t("give this indicator an id of its own (measurements and waivers name it by id)"),
        )
    return (
        t("the budget line id '{id}' is used twice; the first is at {first}", id=identifier, first=first),
        t("give this budget line an id of its own (measurements and waivers name it by id)"),
    )
