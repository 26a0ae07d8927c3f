"""A share in per cent lies between 0 and 100, a part is no bigger than its whole, and "af disse 60" names the 60.

Why: a share (`unit: percent`) above 100 % or below 0 % is a typing error, as is
"37 ud af 36". A share of a group ("40 % af disse 60 foreninger") is judged
against the group's size, so `population.criterion` must name the criterion of
the same plan that sets that size, and the size written in the wording must be
the size that criterion aims at: if the 60-foreninger criterion says 50, one of
the two is wrong. Checked in plans (target values, bounds, baselines and end
levels in per cent) and in measurement files (values in per cent, numerator and
denominator).

Fails (105 % is more than all; the wording says 60 foreninger, the criterion aims at 50):

```yaml
criteria:
  - id: intdag-foreninger
    text: 60 foreninger deltager
    target: {kind: at_least, value: 50, unit: count, counted: foreninger}
  - id: intdag-nye
    text: 40 % af disse 60 foreninger er nye
    target:
      kind: at_least
      value: 105
      unit: percent
      population: {value: 60, criterion: intdag-foreninger, text: disse 60 foreninger}
```

Passes:

```yaml
criteria:
  - id: intdag-foreninger
    text: 60 foreninger deltager
    target: {kind: at_least, value: 60, unit: count, counted: foreninger}
  - id: intdag-nye
    text: 40 % af disse 60 foreninger er nye
    target:
      kind: at_least
      value: 40
      unit: percent
      population: {value: 60, criterion: intdag-foreninger, text: disse 60 foreninger}
```
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

from ..findings import Problem, Severity
from ..i18n import t
from ..model import AnyModel, MeasurementFile, Plan
from ..numbers import format_number
from ..suggest import close_matches
from .context import Context, iter_criteria

ID = "share-range"
SEVERITY = Severity.ERROR
KINDS = ("plan", "measurements")
CROSS_FILE = False  # needs only this file (and the configuration)
AFTER_WAIVERS = False  # runs with the other rules, before waivers are applied

HUNDRED = Decimal(100)


def check(model: AnyModel, context: Context) -> Iterator[Problem]:
    if isinstance(model, MeasurementFile):
        yield from _check_measurements(model)
    elif isinstance(model, Plan):
        yield from _check_plan(model)


def _out_of_range(value: Decimal, pointer: str, what: str) -> Iterator[Problem]:
    if value < 0 or value > HUNDRED:
        shown = format_number(value, as_written=True)
        yield Problem(
            pointer,
            t("{what} is {value} %, more than 100 %: a share lies between 0 and 100", what=what, value=shown)
            if value > HUNDRED
            else t("{what} is {value} %, less than 0 %: a share lies between 0 and 100", what=what, value=shown),
            t("check the figure against the source; a count belongs in `unit: count`, not `unit: percent`"),
        )


def _percent_values(target: Any) -> list[tuple[str, Decimal]]:
    """(field path under the target, value) for every per-cent number of a target."""
    found: list[tuple[str, Decimal]] = []
    for name in ("value", "min", "max", "end_level"):
        value = getattr(target, name, None)
        if value is not None:
            found.append((name, value))
    baseline = getattr(target, "baseline", None)
    if baseline is not None:
        found.append(("baseline/value", baseline.value))
    return found


def _describe(field: str, criterion: str) -> str:
    """A per-cent number of a criterion's target in words: "the lower bound of intdag-nye"."""
    if field == "value":
        return t("the target of {criterion}", criterion=criterion)
    if field == "min":
        return t("the lower bound of {criterion}", criterion=criterion)
    if field == "max":
        return t("the upper bound of {criterion}", criterion=criterion)
    if field == "end_level":
        return t("the end level of {criterion}", criterion=criterion)
    return t("the baseline of {criterion}", criterion=criterion)


def _check_plan(plan: Any) -> Iterator[Problem]:
    criteria = {criterion.id: criterion for criterion, _ in iter_criteria(plan)}
    for criterion, pointer in iter_criteria(plan):
        target = criterion.target
        if getattr(target, "unit", None) == "percent":
            for field, value in _percent_values(target):
                yield from _out_of_range(value, f"{pointer}/target/{field}", _describe(field, criterion.id))
        population = getattr(target, "population", None)
        if population is not None and population.criterion is not None:
            yield from _check_population(criterion.id, population, f"{pointer}/target/population", criteria)


def _check_population(owner: str, population: Any, pointer: str, criteria: dict[str, Any]) -> Iterator[Problem]:
    group = criteria.get(population.criterion)
    if group is None:
        close = close_matches(population.criterion, criteria, most=3)
        suggestion = t("; did you mean {names}?", names=", ".join(repr(c) for c in close)) if close else ""
        yield Problem(
            f"{pointer}/criterion",
            t(
                "{criterion} is a share of the group set by criterion '{group}', "
                "but this plan has no criterion with that id",
                criterion=owner,
                group=population.criterion,
            )
            + suggestion,
            t("write the id of the criterion in this plan whose target is the group's size, or leave `criterion` out"),
        )
        return
    size = getattr(group.target, "value", None)
    if population.value is not None and size is not None and population.value != size:
        wording = f' ("{population.text}")' if population.text else ""
        yield Problem(
            f"{pointer}/value",
            t(
                "{criterion} is a share of a group of {size}{wording}, "
                "but criterion {group}, which sets the group, aims at {aim}",
                criterion=owner,
                size=format_number(population.value),
                wording=wording,
                group=group.id,
                aim=format_number(size),
            ),
            t(
                "make the two agree: correct `population.value` or the target of {group}, "
                "and note which one the source says",
                group=group.id,
            ),
        )


def _check_measurements(measurements: Any) -> Iterator[Problem]:
    for index, measurement in enumerate(measurements.measurements):
        pointer = f"/measurements/{index}"
        share = measurement.unit == "percent" or (
            measurement.unit is None and measurement.numerator is not None and measurement.denominator is not None
        )
        if share and measurement.value is not None:
            yield from _out_of_range(
                measurement.value, f"{pointer}/value", t("the value of {measurement}", measurement=measurement.id)
            )
        numerator, denominator = measurement.numerator, measurement.denominator
        if numerator is None or denominator is None:
            continue
        if denominator == 0:
            yield Problem(
                f"{pointer}/denominator",
                t(
                    "{measurement} is {numerator} of 0: a share of nobody has no value",
                    measurement=measurement.id,
                    numerator=format_number(numerator),
                ),
                t("check the figures against the source; leave numerator and denominator out if it gives none"),
            )
        elif numerator > denominator:
            yield Problem(
                f"{pointer}/numerator",
                t(
                    "{measurement} is {numerator} of {denominator}: the part is bigger than the whole",
                    measurement=measurement.id,
                    numerator=format_number(numerator),
                    denominator=format_number(denominator),
                ),
                t(
                    "`numerator` is how many (35 of 36 → 35), `denominator` of how many (→ 36); "
                    "check they are not swapped"
                ),
            )
