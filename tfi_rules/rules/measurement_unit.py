"""A measurement is in the unit of the criterion and the indicator it reports on.

Why: a count cannot meet a target in per cent, nor a figure in kroner one in
millions of kroner; a verdict comparing them would be meaningless. The
measurement's `unit` must match the unit of the target of the criterion it
names and the unit of the indicator it names. A share written as numerator
and denominator ("35 ud af 36") is a share in per cent. A figure without a
unit cannot be compared at all.

Fails (the criterion 2007-h2/tilfredshed aims at a share in per cent):

```yaml
measurements:
  - id: tfi-2008-tilfredshed
    text: 35 ud af 36 rekvirenter er tilfredse
    criterion: 2007-h2/tilfredshed
    value: 35
    unit: count
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

from ..describe import unit_name
from ..findings import Problem, Severity
from ..i18n import t
from ..model.measurements import MeasurementFile
from ..numbers import format_number
from .context import Context

ID = "measurement-unit"
SEVERITY = Severity.ERROR
KINDS = ("measurements",)
CROSS_FILE = True  # reads other files (mandates, ids, criteria) from the context
AFTER_WAIVERS = False  # runs with the other rules, before waivers are applied


def check(measurements: MeasurementFile, context: Context) -> Iterator[Problem]:
    for index, measurement in enumerate(measurements.measurements):
        pointer = f"/measurements/{index}"
        unit = measurement.measured_unit()
        if measurement.value is not None and measurement.unit is None:
            yield Problem(
                pointer,
                t(
                    "{measurement} has the value {value} but no unit",
                    measurement=measurement.id,
                    value=format_number(measurement.value),
                ),
                t("add `unit:` percent, count, kr or mio_kr"),
            )
            continue
        if unit is None:
            continue  # a done/not-done or an assessment has no unit
        shown = unit_name(unit)
        numerator, denominator = measurement.numerator, measurement.denominator
        if numerator is not None and denominator is not None and unit != "percent":
            yield Problem(
                f"{pointer}/unit",
                t(
                    "{measurement} is a share ({numerator} of {denominator}) but its unit is {unit}",
                    measurement=measurement.id,
                    numerator=format_number(numerator),
                    denominator=format_number(denominator),
                    unit=shown,
                ),
                t("write `unit: percent` for a share; a plain count goes in `value` without numerator and denominator"),
            )
        if measurement.criterion is not None:
            entry = context.criteria.get(measurement.criterion)
            expected = entry.unit if entry is not None else None
            if expected is not None and expected != unit:
                yield Problem(
                    f"{pointer}/unit",
                    t(
                        "{measurement} is in {unit}, but the target of {criterion} is in {expected}",
                        measurement=measurement.id,
                        unit=shown,
                        criterion=measurement.criterion,
                        expected=unit_name(expected),
                    ),
                    t(
                        "record the figure the target asks for (in {expected}), or name the criterion it does measure",
                        expected=unit_name(expected),
                    ),
                )
        if measurement.indicator is not None:
            indicator_unit = context.indicators.get(measurement.indicator)
            if indicator_unit is not None and indicator_unit != unit:
                yield Problem(
                    f"{pointer}/unit",
                    t(
                        "{measurement} is in {unit}, but the indicator {indicator} is in {expected}",
                        measurement=measurement.id,
                        unit=shown,
                        indicator=measurement.indicator,
                        expected=unit_name(indicator_unit),
                    ),
                    t(
                        "record the figure in {expected}, or name the indicator it does measure",
                        expected=unit_name(indicator_unit),
                    ),
                )
