"""A derived measurement writes out its derivation, and the derivation gives its value.

Why: some figures a criterion needs are not printed but follow from what is: the names of a list
counted ("gået fra 5 til kun 2 udsatte boligområder: Mjølnerparken og Tingbjerg"), the names of a list
that are not in an earlier one, two stated figures subtracted, or added up. Such a figure is recorded
with `derived:` — `how` (count, new, difference or sum), the `names` counted (and, for new, the earlier
names they are `among`) or the measurements (`of`, in the same file) it is worked out from — and this
rule works it out again, exactly: a count is the number of names (each once), new the number of names not
among the earlier ones, a difference the first measurement less the second, a sum the measurements added
up, each in the derived figure's unit. A figure worked out from itself, directly or through others
(`a` the sum of `b` and `c`, `b` the difference of `a` and `c`), recomputes to whatever it says and is
named instead.

Fails (two names, but the value says 3):

```yaml
measurements:
  - id: udsatte-omraader-2008
    text: "Dermed er København gået fra 5 til kun 2 udsatte boligområder: Mjølnerparken og Tingbjerg.."
    indicator: udsatte-boligomraader-antal
    value: 3
    unit: count
    date: 2008-03
    derived: {how: count, names: [Mjølnerparken, Tingbjerg]}
```

Passes:

```yaml
measurements:
  - id: udsatte-omraader-2008
    text: "Dermed er København gået fra 5 til kun 2 udsatte boligområder: Mjølnerparken og Tingbjerg.."
    indicator: udsatte-boligomraader-antal
    value: 2
    unit: count
    date: 2008-03
    derived: {how: count, names: [Mjølnerparken, Tingbjerg]}
```
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from fractions import Fraction

from ..describe import actual_value, unit_name
from ..findings import Problem, Severity
from ..i18n import t
from ..model.measurements import Measurement, MeasurementFile
from ..numbers import format_number
from .context import Context

ID = "measurement-derived"
SEVERITY = Severity.ERROR
KINDS = ("measurements",)
CROSS_FILE = False  # reads only its own file
AFTER_WAIVERS = False  # runs with the other rules, before waivers are applied


def check(measurements: MeasurementFile, context: Context) -> Iterator[Problem]:
    by_id = {measurement.id: measurement for measurement in measurements.measurements}
    for index, measurement in enumerate(measurements.measurements):
        derived = measurement.derived
        if derived is None:
            continue
        pointer = f"/measurements/{index}/derived"
        value = actual_value(measurement)
        if value is None:
            yield Problem(
                pointer,
                t("{measurement} is derived but records no value to check", measurement=measurement.id),
                t("write the value the derivation gives in `value`"),
            )
            continue
        if derived.how in ("count", "new"):
            yield from _count(measurement, value, pointer)
            continue
        problems, parts = _parts(measurement, by_id, pointer)
        yield from problems
        if parts is None:
            continue
        computed = parts[0] - parts[1] if derived.how == "difference" else sum(parts, Fraction(0))
        if computed != value:
            yield Problem(
                f"/measurements/{index}",
                t(
                    "{measurement} is {value}, but its derivation ({how} of {ids}) gives {computed}",
                    measurement=measurement.id,
                    value=format_number(value),
                    how=derived.how,
                    ids=", ".join(derived.of),
                    computed=format_number(computed),
                ),
                t("write the value the derivation gives, or correct the measurements it names"),
            )


def _count(measurement: Measurement, value: Fraction, pointer: str) -> Iterator[Problem]:
    assert measurement.derived is not None
    names = measurement.derived.names
    twice = sorted(name for name, times in Counter(names).items() if times > 1)  # linear: names may be many
    if twice:
        yield Problem(
            f"{pointer}/names",
            t("{measurement} counts {names} more than once", measurement=measurement.id, names=", ".join(twice)),
            t("list each name once"),
        )
    if measurement.derived.how == "new":
        earlier = set(measurement.derived.among)
        new = [name for name in dict.fromkeys(names) if name not in earlier]
        if value != len(new):
            yield Problem(
                pointer,
                t(
                    "{measurement} is {value}, but {count} of the names it lists are not among the earlier ones: "
                    "{names}",
                    measurement=measurement.id,
                    value=format_number(value),
                    count=format_number(len(new)),
                    names=", ".join(new) or "—",
                ),
                t("write the number of new names in `value`, or list the earlier names in `among`"),
            )
    elif value != len(set(names)):
        yield Problem(
            pointer,
            t(
                "{measurement} is {value}, but the different names it lists are {count}: {names}",
                measurement=measurement.id,
                value=format_number(value),
                count=format_number(len(set(names))),
                names=", ".join(names) or "—",
            ),
            t("write the number of names in `value`, or list every name counted in `names`"),
        )


def _wrong_count(measurement: str, how: str, count: int) -> str:
    """ "m is a difference of 1 measurement": a whole phrase for each `how`, singular and plural."""
    number = format_number(count)
    if how == "difference":
        return (
            t("{measurement} is a difference of {count} measurement", measurement=measurement, count=number)
            if count == 1
            else t("{measurement} is a difference of {count} measurements", measurement=measurement, count=number)
        )
    return (
        t("{measurement} is a sum of {count} measurement", measurement=measurement, count=number)
        if count == 1
        else t("{measurement} is a sum of {count} measurements", measurement=measurement, count=number)
    )


def _parts(
    measurement: Measurement, by_id: dict[str, Measurement], pointer: str
) -> tuple[list[Problem], list[Fraction] | None]:
    """The figures a difference or a sum is worked out from, or what is wrong with them."""
    assert measurement.derived is not None
    derived = measurement.derived
    difference = derived.how == "difference"
    if (difference and len(derived.of) != 2) or len(derived.of) < 2:
        return [
            Problem(
                f"{pointer}/of",
                _wrong_count(measurement.id, derived.how, len(derived.of)),
                t("name exactly two measurements in `of`, the first less the second")
                if difference
                else t("name the measurements added up in `of`"),
            )
        ], None
    problems: list[Problem] = []
    parts: list[Fraction] = []
    for number, part_id in enumerate(derived.of):
        part = by_id.get(part_id)
        value = actual_value(part) if part is not None else None
        circle = _circle(measurement.id, part_id, by_id)
        if circle is not None:
            problems.append(
                Problem(
                    f"{pointer}/of/{number}",
                    t(
                        "{measurement} is worked out from itself: {circle}",
                        measurement=measurement.id,
                        circle=" → ".join([measurement.id, *circle]),
                    ),
                    t("work a figure out from figures the source prints, not from itself"),
                )
            )
        elif part is None or value is None:
            problems.append(
                Problem(
                    f"{pointer}/of/{number}",
                    t(
                        "{measurement} is worked out from {part}, which is not a measurement with a figure "
                        "in this file",
                        measurement=measurement.id,
                        part=part_id,
                    ),
                    t("name a measurement of this file that records a value, or a numerator and a denominator"),
                )
            )
        elif part.measured_unit() != measurement.measured_unit():
            problems.append(
                Problem(
                    f"{pointer}/of/{number}",
                    t(
                        "{measurement} is in {unit}, but {part}, which it is worked out from, is in {other}",
                        measurement=measurement.id,
                        unit=unit_name(measurement.measured_unit() or "count"),
                        part=part_id,
                        other=unit_name(part.measured_unit() or "count"),
                    ),
                    t("work a figure out only from figures in its own unit"),
                )
            )
        else:
            parts.append(value)
    return problems, (parts if not problems else None)


def _circle(start: str, part_id: str, by_id: dict[str, Measurement]) -> list[str] | None:
    """The way from `part_id` back to the measurement `start` through figures worked out from others (ending in
    `start`), or None: a figure worked out, at one or more removes, from itself recomputes to anything."""
    seen: set[str] = set()
    ways = [[part_id]]
    while ways:
        way = ways.pop()
        if way[-1] == start:
            return way
        if way[-1] in seen:
            continue
        seen.add(way[-1])
        derived = by_id[way[-1]].derived if way[-1] in by_id else None
        if derived is not None and derived.how in ("difference", "sum"):
            ways.extend([*way, step] for step in reversed(derived.of))
    return None
