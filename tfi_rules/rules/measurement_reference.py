"""A measurement names the indicator or criterion it reports on, and both exist.

Why: a figure counts towards a target only through what it names: an
indicator (`indicator: tfi-projektbesoeg`, declared in a plan's
`indicators`) or a criterion (`criterion: 2007-h2/tilfredshed`, the plan's id,
a slash and the criterion's id). A misspelt name would silently leave a
target without its measurement, and a figure that names nothing is judged
against nothing. Every plan is read before any measurement file, so a
measurement may name a criterion of any plan.

Fails (the plan 2007-h2 has no criterion "tilfredhed"):

```yaml
measurements:
  - id: tfi-2008-tilfredshed
    text: 35 ud af 36 rekvirenter er tilfredse
    criterion: 2007-h2/tilfredhed
    numerator: 35
    denominator: 36
    unit: percent
    date: "2008"
```

Passes:

```yaml
measurements:
  - id: tfi-2008-tilfredshed
    text: 35 ud af 36 rekvirenter er tilfredse
    criterion: 2007-h2/tilfredshed
    numerator: 35
    denominator: 36
    unit: percent
    date: "2008"
```
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Problem, Severity
from ..i18n import t
from ..model.measurements import MeasurementFile
from ..suggest import close_matches, did_you_mean, suggestion
from .context import Context

ID = "measurement-reference"
SEVERITY = Severity.ERROR
KINDS = ("measurements",)
CROSS_FILE = True  # reads other files (mandates, ids, criteria) from the context
AFTER_WAIVERS = False  # runs with the other rules, before waivers are applied


def check(measurements: MeasurementFile, context: Context) -> Iterator[Problem]:
    for index, measurement in enumerate(measurements.measurements):
        pointer = f"/measurements/{index}"
        if measurement.indicator is None and measurement.criterion is None:
            yield Problem(
                pointer,
                t(
                    "{measurement} names neither an indicator nor a criterion, so no target can use it",
                    measurement=measurement.id,
                ),
                t("add `indicator: <id>` (from a plan's `indicators`) or `criterion: <plan-id>/<criterion-id>`"),
            )
            continue
        if measurement.indicator is not None and measurement.indicator not in context.indicators:
            yield Problem(
                f"{pointer}/indicator",
                t(
                    "{measurement} names the indicator '{indicator}', which no plan declares",
                    measurement=measurement.id,
                    indicator=measurement.indicator,
                )
                + did_you_mean(measurement.indicator, context.indicators),
                t("write the id of an indicator listed under `indicators:` in a plan, or declare it there"),
            )
        if measurement.criterion is not None and measurement.criterion not in context.criteria:
            yield _unknown_criterion(measurement.id, measurement.criterion, f"{pointer}/criterion", context)


def _unknown_criterion(owner: str, reference: str, pointer: str, context: Context) -> Problem:
    plan_id, criterion_id = reference.split("/", 1)
    hint = t("write the plan's id, a slash and the id of one of its criteria (sub-criteria count too)")
    if plan_id not in context.plan_files:
        return Problem(
            pointer,
            t(
                "{measurement} names the criterion '{reference}', but there is no plan '{plan}'",
                measurement=owner,
                reference=reference,
                plan=plan_id,
            )
            + did_you_mean(plan_id, context.plan_files),
            hint,
        )
    close = [f"{plan_id}/{name}" for name in close_matches(criterion_id, context.criteria.of_plan(plan_id), most=3)]
    return Problem(
        pointer,
        t(
            "{measurement} names the criterion '{reference}', but the plan {plan} has no criterion '{criterion}'",
            measurement=owner,
            reference=reference,
            plan=plan_id,
            criterion=criterion_id,
        )
        + suggestion(close),
        hint,
    )
