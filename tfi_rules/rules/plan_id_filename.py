"""A plan's id is its file's name without .yaml.

Why: measurements and people name a plan by its id (`2007-h2/tilfredshed`);
when the id is also the file's name, anyone can find the plan a measurement
points at, and two files cannot easily end up with the same id. Only a
convention, so a warning.

Fails (in plans/2011.yaml):

```yaml
kind: plan
id: program-2011
```

Passes (in plans/2011.yaml):

```yaml
kind: plan
id: "2011"
```
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import PurePath

from ..findings import Problem, Severity
from ..i18n import t
from ..model.plan import Plan
from .context import Context

ID = "plan-id-filename"
SEVERITY = Severity.WARNING
KINDS = ("plan",)
CROSS_FILE = False  # needs only this file (and the configuration)
AFTER_WAIVERS = False  # runs with the other rules, before waivers are applied


def file_stem(path: str) -> str:
    name = PurePath(path).name
    for suffix in (".yaml", ".yml"):
        if name.lower().endswith(suffix):  # X.YAML is a plan too (tfi_rules/discovery.py)
            return name[: -len(suffix)]
    return name


def check(plan: Plan, context: Context) -> Iterator[Problem]:
    if not context.current_file:
        return  # checked without a file (a library call): nothing to compare with
    stem = file_stem(context.current_file)
    if plan.id != stem:
        yield Problem(
            "/id",
            t("the plan's id '{plan}' differs from its file name '{stem}'", plan=plan.id, stem=stem),
            t(
                'write `id: "{stem}"`, or rename the file to {plan}.yaml '
                "(measurements name the plan by its id: change them too)",
                stem=stem,
                plan=plan.id,
            ),
        )
