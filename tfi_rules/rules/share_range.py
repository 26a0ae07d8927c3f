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

import difflib
from decimal import Decimal
from typing import Any, Iterator

from ..context import Context, iter_criteria
from ..findings import Problem, Severity
from ..numbers import format_number

ID = "share-range"
SEVERITY = Severity.ERROR
KINDS = ("plan", "measurements")

HUNDRED = Decimal(100)


def check(model: Any, context: Context) -> Iterator[Problem]:
    if getattr(model, "kind", None) == "measurements":
        yield from _check_measurements(model)
    else:
        yield from _check_plan(model)


def _out_of_range(value: Decimal, pointer: str, what: str) -> Iterator[Problem]:
    if value < 0 or value > HUNDRED:
        side = "more than 100 %" if value > HUNDRED else "less than 0 %"
        yield Problem(
            pointer,
            f"{what} is {format_number(value, as_written=True)} %, {side}: a share lies between 0 and 100",
            "check the figure against the source; a count belongs in `unit: count`, not `unit: percent`",
        )


def _percent_values(target: Any) -> list[tuple[str, str, Decimal]]:
    """(field path under the target, description, value) for every per-cent number of a target."""
    found: list[tuple[str, str, Decimal]] = []
    for name, label in (("value", "the target"), ("min", "the lower bound"), ("max", "the upper bound"),
                        ("end_level", "the end level")):
        value = getattr(target, name, None)
        if value is not None:
            found.append((name, label, value))
    baseline = getattr(target, "baseline", None)
    if baseline is not None:
        found.append(("baseline/value", "the baseline", baseline.value))
    return found


def _check_plan(plan: Any) -> Iterator[Problem]:
    criteria = {criterion.id: criterion for criterion, _ in iter_criteria(plan)}
    for criterion, pointer in iter_criteria(plan):
        target = criterion.target
        if getattr(target, "unit", None) == "percent":
            for field, label, value in _percent_values(target):
                yield from _out_of_range(value, f"{pointer}/target/{field}", f"{label} of {criterion.id}")
        population = getattr(target, "population", None)
        if population is not None and population.criterion is not None:
            yield from _check_population(criterion.id, population, f"{pointer}/target/population", criteria)


def _check_population(owner: str, population: Any, pointer: str, criteria: dict[str, Any]) -> Iterator[Problem]:
    group = criteria.get(population.criterion)
    if group is None:
        close = difflib.get_close_matches(population.criterion, sorted(criteria), n=3)
        suggestion = f"; did you mean {', '.join(repr(c) for c in close)}?" if close else ""
        yield Problem(
            f"{pointer}/criterion",
            f"{owner} is a share of the group set by criterion '{population.criterion}', "
            f"but this plan has no criterion with that id{suggestion}",
            "write the id of the criterion in this plan whose target is the group's size, or leave `criterion` out",
        )
        return
    size = getattr(group.target, "value", None)
    if population.value is not None and size is not None and population.value != size:
        wording = f' ("{population.text}")' if population.text else ""
        yield Problem(
            f"{pointer}/value",
            f"{owner} is a share of a group of {format_number(population.value)}{wording}, "
            f"but criterion {group.id}, which sets the group, aims at {format_number(size)}",
            f"make the two agree: correct `population.value` or the target of {group.id}, "
            "and note which one the source says",
        )


def _check_measurements(measurements: Any) -> Iterator[Problem]:
    for index, measurement in enumerate(measurements.measurements):
        pointer = f"/measurements/{index}"
        share = measurement.unit == "percent" or (
            measurement.unit is None and measurement.numerator is not None and measurement.denominator is not None
        )
        if share and measurement.value is not None:
            yield from _out_of_range(measurement.value, f"{pointer}/value", f"the value of {measurement.id}")
        numerator, denominator = measurement.numerator, measurement.denominator
        if numerator is None or denominator is None:
            continue
        if denominator == 0:
            yield Problem(
                f"{pointer}/denominator",
                f"{measurement.id} is {numerator} of 0: a share of nobody has no value",
                "check the figures against the source; leave numerator and denominator out if it gives none",
            )
        elif numerator > denominator:
            yield Problem(
                f"{pointer}/numerator",
                f"{measurement.id} is {numerator} of {denominator}: the part is bigger than the whole",
                "`numerator` is how many (35 of 36 → 35), `denominator` of how many (→ 36); check they are not swapped",
            )
