"""What a change does to a mandate (its capacity, its purposes) or to a measurements file.

Capacity entries are matched by their start day, purposes and measurements by id.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..i18n import t
from ..model.mandate import Mandate
from ..model.measurements import Measurement, MeasurementFile
from ..numbers import format_number, unit_suffix
from .differences import Difference, DifferenceKind, by_id, field_changes
from .waivers import waiver_changes


def diff_mandates(old: Mandate, new: Mandate) -> list[Difference]:
    return [
        *_capacity_changes(old, new),
        *_purpose_changes(old, new),
        *field_changes(old, new, t("the mandate"), new.id, skip=("kind", "capacity", "purposes")),
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
                t(
                    "capacity from {day} added: {amount} årsværk ({decision})",
                    day=day,
                    amount=format_number(entry.årsværk),
                    decision=entry.decision,
                ),
            )
            continue
        if previous.årsværk != entry.årsværk:
            amounts = {"before": format_number(previous.årsværk), "after": format_number(entry.årsværk)}
            yield Difference(
                DifferenceKind.CAPACITY_CHANGED,
                day,
                t("capacity from {day} raised from {before} to {after} årsværk", day=day, **amounts)
                if entry.årsværk > previous.årsværk
                else t("capacity from {day} lowered from {before} to {after} årsværk", day=day, **amounts),
            )
        yield from field_changes(previous, entry, t("the capacity from {day}", day=day), day, skip=("start", "årsværk"))
    for start, entry in sorted(before.items()):
        if start not in after:
            day = start.isoformat()
            yield Difference(
                DifferenceKind.CAPACITY_REMOVED,
                day,
                t("capacity from {day} removed (was {amount} årsværk)", day=day, amount=format_number(entry.årsværk)),
            )


def _purpose_changes(old: Mandate, new: Mandate) -> Iterator[Difference]:
    before, after = by_id(old.purposes), by_id(new.purposes)
    for purpose_id, purpose in after.items():
        if purpose_id not in before:
            yield Difference(
                DifferenceKind.PURPOSE_ADDED, purpose_id, t("purpose `{purpose}` added", purpose=purpose_id)
            )
        elif before[purpose_id].text != purpose.text:
            yield Difference(
                DifferenceKind.WORDING_CHANGED,
                purpose_id,
                t("wording of purpose `{purpose}` changed", purpose=purpose_id),
            )
    for purpose_id in before:
        if purpose_id not in after:
            yield Difference(
                DifferenceKind.PURPOSE_REMOVED, purpose_id, t("purpose `{purpose}` removed", purpose=purpose_id)
            )


def diff_measurements(old: MeasurementFile, new: MeasurementFile) -> list[Difference]:
    return [
        *_measurement_changes(old, new),
        *waiver_changes(old.waivers, new.waivers),
        *field_changes(old, new, t("the measurements file"), new.id, skip=("kind", "measurements", "waivers")),
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
                t(
                    "measurement `{measurement}` added: {figure} ({date})",
                    measurement=measurement_id,
                    figure=_figure(measurement),
                    date=measurement.date,
                ),
            )
            continue
        if any(getattr(previous, name) != getattr(measurement, name) for name in _FIGURE):
            yield Difference(
                DifferenceKind.MEASUREMENT_CHANGED,
                measurement_id,
                t(
                    "value of measurement `{measurement}` changed from {before} to {after}",
                    measurement=measurement_id,
                    before=_figure(previous),
                    after=_figure(measurement),
                ),
            )
        if previous.text != measurement.text:
            yield Difference(
                DifferenceKind.WORDING_CHANGED,
                measurement_id,
                t("wording of measurement `{measurement}` changed", measurement=measurement_id),
            )
        yield from field_changes(
            previous,
            measurement,
            t("measurement `{measurement}`", measurement=measurement_id),
            measurement_id,
            skip=("id", "text", *_FIGURE),
        )
    for measurement_id, measurement in before.items():
        if measurement_id not in after:
            yield Difference(
                DifferenceKind.MEASUREMENT_REMOVED,
                measurement_id,
                t(
                    "measurement `{measurement}` removed (was {figure}, {date})",
                    measurement=measurement_id,
                    figure=_figure(measurement),
                    date=measurement.date,
                ),
            )


def _figure(measurement: Measurement) -> str:
    """The figure as recorded: "22", "35 of 36", "done", or "an assessment"."""
    if measurement.numerator is not None or measurement.denominator is not None:
        numerator = "?" if measurement.numerator is None else str(measurement.numerator)
        denominator = "?" if measurement.denominator is None else str(measurement.denominator)
        return t("{numerator} of {denominator}", numerator=numerator, denominator=denominator)
    if measurement.value is not None:
        unit = unit_suffix(measurement.unit) if measurement.unit == "percent" else ""
        return f"{format_number(measurement.value)}{unit}"
    if measurement.done is not None:
        return t("done") if measurement.done else t("not done")
    return t("an assessment") if measurement.assessment else t("no figure")
