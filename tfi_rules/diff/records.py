"""What a change does to a mandate (its capacity, its purposes) or to a measurements file.

Capacity entries are matched by their start day, purposes and measurements by id.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..model.mandate import Mandate
from ..model.measurements import Measurement, MeasurementFile
from ..numbers import format_number, unit_suffix
from .differences import Difference, DifferenceKind, by_id, field_changes, raised_or_lowered
from .waivers import waiver_changes


def diff_mandates(old: Mandate, new: Mandate) -> list[Difference]:
    return [
        *_capacity_changes(old, new),
        *_purpose_changes(old, new),
        *field_changes(old, new, "the mandate", new.id, skip=("kind", "capacity", "purposes")),
    ]


def _capacity_changes(old: Mandate, new: Mandate) -> Iterator[Difference]:
    before = {entry.start: entry for entry in reversed(old.capacity)}
    after = {entry.start: entry for entry in reversed(new.capacity)}
    for start, entry in sorted(after.items()):
        day = start.isoformat()
        previous = before.get(start)
        if previous is None:
            yield Difference(
                DifferenceKind.CAPACITY_ADDED,
                day,
                f"capacity from {day} added: {format_number(entry.årsværk)} årsværk ({entry.decision})",
            )
            continue
        if previous.årsværk != entry.årsværk:
            yield Difference(
                DifferenceKind.CAPACITY_CHANGED,
                day,
                f"capacity from {day} {raised_or_lowered(previous.årsværk, entry.årsværk)} "
                f"from {format_number(previous.årsværk)} to {format_number(entry.årsværk)} årsværk",
            )
        yield from field_changes(previous, entry, f"the capacity from {day}", day, skip=("start", "årsværk"))
    for start, entry in sorted(before.items()):
        if start not in after:
            day = start.isoformat()
            yield Difference(
                DifferenceKind.CAPACITY_REMOVED,
                day,
                f"capacity from {day} removed (was {format_number(entry.årsværk)} årsværk)",
            )


def _purpose_changes(old: Mandate, new: Mandate) -> Iterator[Difference]:
    before, after = by_id(old.purposes), by_id(new.purposes)
    for purpose_id, purpose in after.items():
        if purpose_id not in before:
            yield Difference(DifferenceKind.PURPOSE_ADDED, purpose_id, f"purpose `{purpose_id}` added")
        elif before[purpose_id].text != purpose.text:
            yield Difference(DifferenceKind.WORDING_CHANGED, purpose_id, f"wording of purpose `{purpose_id}` changed")
    for purpose_id in before:
        if purpose_id not in after:
            yield Difference(DifferenceKind.PURPOSE_REMOVED, purpose_id, f"purpose `{purpose_id}` removed")


def diff_measurements(old: MeasurementFile, new: MeasurementFile) -> list[Difference]:
    return [
        *_measurement_changes(old, new),
        *waiver_changes(old.waivers, new.waivers),
        *field_changes(old, new, "the measurements file", new.id, skip=("kind", "measurements", "waivers")),
    ]


_FIGURE = ("value", "numerator", "denominator", "done")


def _measurement_changes(old: MeasurementFile, new: MeasurementFile) -> Iterator[Difference]:
    before, after = by_id(old.measurements), by_id(new.measurements)
    for measurement_id, measurement in after.items():
        previous = before.get(measurement_id)
        if previous is None:
            yield Difference(
                DifferenceKind.MEASUREMENT_ADDED,
                measurement_id,
                f"measurement `{measurement_id}` added: {_figure(measurement)} ({measurement.date})",
            )
            continue
        if any(getattr(previous, name) != getattr(measurement, name) for name in _FIGURE):
            yield Difference(
                DifferenceKind.MEASUREMENT_CHANGED,
                measurement_id,
                f"value of measurement `{measurement_id}` changed from {_figure(previous)} to {_figure(measurement)}",
            )
        if previous.text != measurement.text:
            yield Difference(
                DifferenceKind.WORDING_CHANGED, measurement_id, f"wording of measurement `{measurement_id}` changed"
            )
        yield from field_changes(
            previous, measurement, f"measurement `{measurement_id}`", measurement_id, skip=("id", "text", *_FIGURE)
        )
    for measurement_id, measurement in before.items():
        if measurement_id not in after:
            yield Difference(
                DifferenceKind.MEASUREMENT_REMOVED,
                measurement_id,
                f"measurement `{measurement_id}` removed (was {_figure(measurement)}, {measurement.date})",
            )


def _figure(measurement: Measurement) -> str:
    """The figure as recorded: "22", "35 of 36", "done", or "an assessment"."""
    if measurement.numerator is not None or measurement.denominator is not None:
        numerator = "?" if measurement.numerator is None else str(measurement.numerator)
        denominator = "?" if measurement.denominator is None else str(measurement.denominator)
        return f"{numerator} of {denominator}"
    if measurement.value is not None:
        unit = unit_suffix(measurement.unit) if measurement.unit == "percent" else ""
        return f"{format_number(measurement.value)}{unit}"
    if measurement.done is not None:
        return "done" if measurement.done else "not done"
    return "an assessment" if measurement.assessment else "no figure"
