"""Target versus actual: an honest verdict for every success criterion.

Semantics (the README explains each with an example from the seeds):

- Which measurement counts: those that name the criterion (`criterion: plan/id`)
  count whatever their date; those that only share the criterion's indicator
  count when their date lies inside the criterion's period (plan start to
  `due`, or to the plan's end). Of those, only figures dated on or before
  `as_of` count, and the latest wins.
- Method: a figure measured by another method than the target's baseline is
  never compared with it. If no figure of the baseline's method counts, the
  verdict is *not comparable*.
- Comparison is exact (fractions, no rounding): 63.96 does not meet 64.
- Final versus interim: a figure dated before the end of the criterion's
  period (its due date, or the plan's end) is an interim status. Only a final
  figure is *met* or *not met*, with one exception: a count that has reached
  an "at least" target, or a thing done, is met at once (neither can be
  undone). Otherwise an interim figure is *pending* before the period ends and
  *no final figure* after it (never *not met*), with the share of the way
  from baseline to target and whether that was on track against a straight
  line from the baseline's date (a count: from the start of the span it
  counts over) to the due date.
- After the period, no figure at all is *no data*.
- "Of which": a parent is met only when all its sub-criteria are met.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from fractions import Fraction
from functools import partial

from ..describe import (
    actual_value,
    describe_actual,
    describe_reading,
    describe_target,
    moment_label,
    reading_level,
    target_level,
    unit_name,
    waiver_approval,
)
from ..findings import reason_and_approval
from ..i18n import t
from ..model.base import VERDICT_RULE, Waiver
from ..model.counts import Difference, counts_differences
from ..model.measurements import Measurement, MeasurementFile
from ..model.plan import (
    All,
    AreaDecision,
    AtLeast,
    AtMost,
    Change,
    Criterion,
    Decision,
    Done,
    Exactly,
    Plan,
    Qualitative,
    Range,
    ReadingKind,
)
from ..model.types import moment_interval
from ..model.walk import criterion_places, scopes_of, waiver_covers
from ..numbers import format_number, plain_number, unit_suffix


class Status(str, enum.Enum):
    MET = "met"
    NOT_MET = "not met"
    PENDING = "pending"
    NO_FINAL = "no final figure"
    DEPENDS = "depends on the reading"
    NO_DATA = "no data"
    NOT_COMPARABLE = "not comparable"
    QUALITATIVE = "qualitative"
    WAIVED = "waived"


STATUS_ORDER = list(Status)


def status_label(status: Status) -> str:
    """A verdict's name for people, in the language in use (`status.value` stays the machine id)."""
    return {
        Status.MET: t("met"),
        Status.NOT_MET: t("not met"),
        Status.PENDING: t("pending"),
        Status.NO_FINAL: t("no final figure"),
        Status.DEPENDS: t("depends on the reading"),
        Status.NO_DATA: t("no data"),
        Status.NOT_COMPARABLE: t("not comparable"),
        Status.QUALITATIVE: t("qualitative"),
        Status.WAIVED: t("waived"),
    }[status]


def _share(progress: Fraction | None) -> str | None:
    return None if progress is None else plain_number(Decimal(float(progress)).quantize(Decimal("0.001")))


@dataclass(frozen=True)
class ReadingVerdict:
    """The verdict under one reading of a goal that can be read more than one way."""

    reading: str  # the reading's kind: percentage_points, relative_percent or end_level
    target: str  # the level compared, in words ("44.55 % as a relative change")
    status: Status
    progress: Fraction | None = None
    on_track: bool | None = None

    def to_json(self) -> dict[str, object]:
        return {
            "reading": self.reading,
            "target": self.target,
            "status": self.status.value,
            "progress": _share(self.progress),
            "on_track": self.on_track,
        }


@dataclass(frozen=True)
class Row:
    """One criterion's verdict, ready for any output format."""

    plan: str
    criterion: str
    text: str
    target: str
    actual: str | None
    actual_date: str | None
    as_of: date
    status: Status
    reason: str = ""
    measurement: str | None = None
    progress: Fraction | None = None  # share of the way from baseline to target
    on_track: bool | None = None
    depth: int = 0  # 0 for a criterion, 1 for its sub-criteria, ...
    parent: str | None = None
    # The figures as numbers, for a spreadsheet (`target` and `actual` are their sentences): the level a
    # target asks for, where it is one number, and the measured figure, each with its unit.
    target_number: Fraction | None = None
    target_unit: str | None = None
    actual_number: Fraction | None = None
    actual_unit: str | None = None
    decisions: tuple[dict[str, str | None], ...] = ()  # standing questions decided in the plan (Decision)
    reason_language: str = ""  # the language of a waiver's reason, as the plan marks it
    readings: tuple[ReadingVerdict, ...] = ()  # one per reading, when the plan records more than one

    @property
    def not_met_under_a_reading(self) -> bool:
        """Not met, or not met under one of the goal's readings ("depends on the reading"): what fails CI."""
        return self.status is Status.NOT_MET or any(reading.status is Status.NOT_MET for reading in self.readings)

    def to_json(self) -> dict[str, object]:
        return {
            "plan": self.plan,
            "criterion": self.criterion,
            "parent": self.parent,
            "text": self.text,
            "target": self.target,
            "actual": self.actual,
            "actual_date": self.actual_date,
            "as_of": self.as_of.isoformat(),
            "status": self.status.value,
            "reason": self.reason,
            "measurement": self.measurement,
            "progress": _share(self.progress),
            "on_track": self.on_track,
            "decisions": list(self.decisions),
            "readings": [reading.to_json() for reading in self.readings],
        }


@dataclass
class MeasurementIndex:
    """Measurements by the criterion they name and by the indicator they measure."""

    by_criterion: dict[str, list[Measurement]] = field(default_factory=dict)
    by_indicator: dict[str, list[Measurement]] = field(default_factory=dict)

    def add(self, measurement: Measurement) -> None:
        if measurement.criterion:
            self.by_criterion.setdefault(measurement.criterion, []).append(measurement)
        if measurement.indicator:
            self.by_indicator.setdefault(measurement.indicator, []).append(measurement)

    def add_file(self, measurement_file: MeasurementFile) -> None:
        for measurement in measurement_file.measurements:
            self.add(measurement)

    @classmethod
    def of(cls, files: Iterable[MeasurementFile]) -> MeasurementIndex:
        index = cls()
        for measurement_file in files:
            index.add_file(measurement_file)
        return index


def criterion_period(plan: Plan, criterion: Criterion) -> tuple[date, date]:
    end = moment_interval(criterion.due)[1] if criterion.due else plan.period.end
    return plan.period.start, max(end, plan.period.start)


def counting_measurements(plan: Plan, criterion: Criterion, index: MeasurementIndex, as_of: date) -> list[Measurement]:
    """The figures that report on a criterion as of a day, oldest first."""
    start, end = criterion_period(plan, criterion)
    named = index.by_criterion.get(f"{plan.id}/{criterion.id}", [])
    by_indicator = []
    if criterion.indicator:
        # By identity: `in` a list of models compared every field of every figure named.
        named_ids = {id(measurement) for measurement in named}
        for measurement in index.by_indicator.get(criterion.indicator, []):
            first, last = moment_interval(measurement.date)
            if start <= first and last <= end and id(measurement) not in named_ids:
                by_indicator.append(measurement)
    chosen = [m for m in [*named, *by_indicator] if moment_interval(m.date)[1] <= as_of]
    return sorted(chosen, key=lambda m: moment_interval(m.date)[1])


def judge_plan(plan: Plan, index: MeasurementIndex, as_of: date) -> list[Row]:
    """A row for every criterion of a plan, sub-criteria right after their parent."""
    places = criterion_places(plan)
    waivers = verdict_waivers(plan, as_of)
    rows = [
        replace(
            judge(plan, place.criterion, index, as_of, _covering(waivers, place.pointer)),
            depth=place.depth,
            parent=place.parent.id if place.parent is not None else None,
            decisions=tuple(decision_json(decision) for decision in place.criterion.decisions),
        )
        for place in places
    ]
    # A parent's verdict waits for its sub-criteria's: a criterion's sub-criteria all come
    # after it in the walk, so going backwards settles every child before its parent.
    children: dict[int, list[int]] = {}
    position = {id(place.criterion): number for number, place in enumerate(places)}
    for number, place in enumerate(places):
        if place.parent is not None:
            children.setdefault(position[id(place.parent)], []).append(number)
    for number in reversed(range(len(rows))):
        if number in children:
            rows[number] = _with_children(rows[number], [rows[child] for child in children[number]])
    return rows


def decision_json(decision: Decision | AreaDecision) -> dict[str, str | None]:
    """A recorded decision as data: what about, who, when (YYYY-MM-DD) and the note."""
    return {"about": decision.about, "by": decision.by, "on": decision.on.isoformat(), "note": decision.note}


def _with_children(own: Row, children: list[Row]) -> Row:
    """A parent is met only when every sub-criterion is met (waived and qualitative ones aside)."""
    if own.status is not Status.MET:
        return own
    blocking = [row for row in children if row.status not in (Status.MET, Status.WAIVED, Status.QUALITATIVE)]
    if not blocking:
        return own
    worst = Status.NOT_MET if any(r.status is Status.NOT_MET for r in blocking) else blocking[0].status
    names = ", ".join(row.criterion for row in blocking)
    return replace(own, status=worst, reason=t("the target is reached, but not sub-criteria {names}", names=names))


def judge(plan: Plan, criterion: Criterion, index: MeasurementIndex, as_of: date, waiver: Waiver | None) -> Row:
    """The verdict on one criterion (its sub-criteria are not considered here); `waiver` is the verdict waiver in
    force that covers it, if one does (`judge_plan` finds it)."""
    # Every row of this criterion names it the same way; `partial` keeps the fields typed for mypy.
    target_number, target_unit = _target_figure(criterion.target)
    base = partial(
        Row,
        plan=plan.id,
        criterion=criterion.id,
        text=criterion.text,
        target=describe_target(criterion),
        as_of=as_of,
        target_number=target_number,
        target_unit=target_unit,
    )
    if waiver is not None:
        reason = reason_and_approval(waiver.reason, waiver_approval(waiver))
        return base(actual=None, actual_date=None, status=Status.WAIVED, reason=reason, reason_language=waiver.language)
    measurements = counting_measurements(plan, criterion, index, as_of)
    target = criterion.target
    _, end = criterion_period(plan, criterion)
    period_over = as_of > end

    if isinstance(target, Qualitative):
        assessed = [m for m in measurements if m.assessment]
        latest = assessed[-1] if assessed else None
        return base(
            actual=latest.assessment if latest else None,
            actual_date=latest.date if latest else None,
            measurement=latest.id if latest else None,
            status=Status.QUALITATIVE,
            reason=t("no number to compare") if latest else t("no number to compare; no assessment recorded"),
        )

    def not_comparable(latest: Measurement, reason: str) -> Row:
        """The latest figure shown as it was measured, and why it does not answer the criterion."""
        return base(
            actual=describe_actual(latest),
            actual_date=latest.date,
            measurement=latest.id,
            actual_number=actual_value(latest),
            actual_unit=latest.unit,
            status=Status.NOT_COMPARABLE,
            reason=reason,
        )

    answering = [m for m in measurements if not _differences(criterion, m)]
    if measurements and not answering:
        return not_comparable(measurements[-1], counts_reason(_differences(criterion, measurements[-1])))
    measurements = answering

    method = target_method(target)
    if method is not None:
        same_method = [m for m in measurements if m.method == method]
        if measurements and not same_method:
            return not_comparable(measurements[-1], _method_reason(measurements[-1].method, method))
        measurements = same_method

    usable = [m for m in measurements if _has_figure(m, target)]
    if not usable:
        status = Status.NO_DATA if period_over else Status.PENDING
        if measurements:
            reason = t("the figures recorded do not give a number for this target")
        elif period_over:
            reason = t("nothing measured in the criterion's period")
        else:
            reason = t("period runs to {end}; nothing measured yet", end=end)
        return base(actual=None, actual_date=None, status=status, reason=reason)

    latest = usable[-1]
    shown = partial(
        base,
        actual=describe_actual(latest),
        actual_date=latest.date,
        measurement=latest.id,
        actual_number=actual_value(latest),
        actual_unit=latest.unit,
    )
    interim = moment_interval(latest.date)[1] < end
    if isinstance(target, Change) and target.readings:
        return _judge_readings(plan, criterion, target, latest, end, interim, period_over, shown)
    outcome, reason = _compare(target, latest)
    if outcome is None:
        return shown(status=Status.NOT_COMPARABLE, reason=reason)
    if not interim or (outcome and cannot_be_undone(target, latest)):
        return shown(status=Status.MET if outcome else Status.NOT_MET, reason=reason)
    progress, on_track = _progress(plan, criterion, latest)
    if on_track is None and progress is None:
        on_track = outcome  # no level to measure the way by: reached or not is all there is to say
    if not period_over:
        return shown(
            status=Status.PENDING, reason=t("period runs to {end}", end=end), progress=progress, on_track=on_track
        )
    return shown(
        status=Status.NO_FINAL,
        reason=_interim_reason(latest, end, outcome, progress, on_track),
        progress=progress,
        on_track=on_track,
    )


def _judge_readings(
    plan: Plan,
    criterion: Criterion,
    target: Change,
    latest: Measurement,
    end: date,
    interim: bool,
    period_over: bool,
    shown: partial[Row],
) -> Row:
    """Each reading judged alone; the row says what they agree on, or that the verdict depends on the reading.

    A change is never met early (a share can fall back), so the readings of one figure are all interim
    or all final: they can differ only as met against not met, and then the row "depends on the reading".
    """
    verdicts = [
        _judge_reading(plan, criterion, target, latest, kind, interim, period_over)
        for kind in (reading.kind for reading in target.readings)
    ]
    statuses = {verdict.status for verdict in verdicts}
    status = statuses.pop() if len(statuses) == 1 else Status.DEPENDS
    if status in (Status.PENDING, Status.NO_FINAL):
        opening = (
            _interim_reason(latest, end, None, None, None)
            if status is Status.NO_FINAL
            else t("period runs to {end}", end=end)
        )
        ways = [f"{verdict.target}: {_way(verdict.progress, verdict.on_track)}" for verdict in verdicts]
        reason = f"{opening}; " + "; ".join(ways)
    else:
        ways = [
            t("{status} ({reading})", status=status_label(verdict.status), reading=verdict.target)
            for verdict in verdicts
        ]
        if status is Status.DEPENDS:
            reason = t("depends on the reading: {verdicts}", verdicts=", ".join(ways))
        else:
            reason = t("under every reading: {verdicts}", verdicts=", ".join(ways))
    return shown(status=status, reason=reason, readings=tuple(verdicts))


def _judge_reading(
    plan: Plan,
    criterion: Criterion,
    target: Change,
    latest: Measurement,
    kind: ReadingKind,
    interim: bool,
    period_over: bool,
) -> ReadingVerdict:
    printed = describe_reading(target, kind, unit_suffix(target.unit))
    level = reading_level(target, kind)
    actual = actual_value(latest)
    if level is None or actual is None:
        return ReadingVerdict(kind, printed, Status.NOT_COMPARABLE)
    goal = Fraction(level)
    outcome = actual >= goal if target.direction == "increase" else actual <= goal
    if not interim:
        return ReadingVerdict(kind, printed, Status.MET if outcome else Status.NOT_MET)
    progress, on_track = _change_progress(plan, criterion, target, latest, goal)
    if progress is None and on_track is None:
        on_track = outcome
    return ReadingVerdict(kind, printed, Status.NO_FINAL if period_over else Status.PENDING, progress, on_track)


def _way(progress: Fraction | None, on_track: bool | None) -> str:
    """How far an interim figure had come: "55 % of the way, on track"."""
    if progress is None:
        return t("reached then") if on_track else t("not reached then")
    share = format_number(round(progress * 100))
    if on_track is None:
        return t("{share} % of the way", share=share)
    if on_track:
        return t("{share} % of the way, on track", share=share)
    return t("{share} % of the way, at risk", share=share)


def cannot_be_undone(target: object, measurement: Measurement) -> bool:
    """Whether a figure that reaches its target now stays reached: a count that has reached an "at least"
    target (counts only grow within their period) or a thing done. A share, a level or a change can fall back."""
    if isinstance(target, Done):
        return bool(measurement.done)
    return isinstance(target, AtLeast) and target.unit == "count"


def _interim_reason(
    latest: Measurement, end: date, outcome: bool | None, progress: Fraction | None, on_track: bool | None
) -> str:
    """Why an interim figure is no verdict: the period is over, the latest status is older, and where it stood
    (with `outcome` None: where it stood is said elsewhere, per reading)."""
    reason = t(
        "no figure for the end of the period ({end}); the last status is from {day}",
        end=end,
        day=moment_label(latest.date),  # "forår 2007", "Q1 2009": a period as the reader's language names it
    )
    if progress is not None:
        return reason + ", " + _way(progress, on_track)
    if outcome is None:
        return reason
    if outcome:
        return reason + t(", when the target was reached")
    return reason + t(", when the target was not reached")


def _target_figure(target: object) -> tuple[Fraction | None, str | None]:
    """The one number a target asks for (at least 70 → 70; a change → the level it must reach), and its unit."""
    unit = getattr(target, "unit", None)
    if isinstance(target, AtLeast | AtMost | Exactly):
        return Fraction(target.value), unit
    if isinstance(target, Change):
        level = target_level(target)
        return (None if level is None else Fraction(level)), unit
    return None, unit


def _differences(criterion: Criterion, measurement: Measurement) -> list[Difference]:
    return counts_differences(
        criterion.counts,
        getattr(criterion.target, "unit", None),
        measurement.counts,
        measurement.measured_unit(),
        measurement.date,
    )


def counts_reason(differences: list[Difference]) -> str:
    """Why a figure does not answer its criterion, each difference named with both sides as written; a figure
    of the same quantity from before the criterion's period is its baseline."""
    said = []
    for difference in differences:
        if difference.part == "period" and difference.earlier and len(differences) == 1:
            said.append(
                t(
                    "a figure for {measured}, before the criterion's period ({wanted}): a baseline, not a result",
                    measured=moment_label(difference.measured),
                    wanted=moment_label(difference.wanted),
                )
            )
        elif difference.part == "period":
            said.append(
                t(
                    "another period: {measured}, the criterion {wanted}",
                    measured=moment_label(difference.measured),
                    wanted=moment_label(difference.wanted),
                )
            )
        elif difference.part == "unit":
            said.append(
                t(
                    "another unit: {measured}, the target {wanted}",
                    measured=unit_name(difference.measured),
                    wanted=unit_name(difference.wanted),
                )
            )
        else:
            part = {"population": t("population"), "numerator": t("numerator"), "scale": t("scale")}[difference.part]
            said.append(
                t(
                    "another {part}: '{measured}', the criterion '{wanted}'",
                    part=part,
                    measured=difference.measured,
                    wanted=difference.wanted,
                )
            )
    return t("counts something other than the criterion: {differences}", differences="; ".join(said))


def _method_reason(measured: str | None, target: str) -> str:
    """Why a figure is not comparable: the methods, quoted as written (`repr`, as ever in English)."""
    if measured:
        return t("measured by {measured}, the target set by {target}", measured=repr(measured), target=repr(target))
    return t("measured by 'an unstated method', the target set by {target}", target=repr(target))


def target_method(target: object) -> str | None:
    """The method a change target was set under: its baseline's, or the one it states."""
    if not isinstance(target, Change):
        return None
    return target.baseline.method if target.baseline is not None else target.method


def _has_figure(measurement: Measurement, target: object) -> bool:
    if isinstance(target, Done):
        return measurement.done is not None
    if isinstance(target, All):
        return measurement.done is not None or (
            measurement.numerator is not None and measurement.denominator is not None
        )
    return actual_value(measurement) is not None


def _compare(target: object, measurement: Measurement) -> tuple[bool | None, str]:
    """True/False for met/not met; None when the figure cannot be compared (with the reason)."""
    if isinstance(target, Done):
        return bool(measurement.done), ""
    if isinstance(target, All):
        if measurement.numerator is not None and measurement.denominator is not None:
            return measurement.numerator == measurement.denominator, ""
        return bool(measurement.done), ""
    actual = actual_value(measurement)
    assert actual is not None  # _has_figure checked it
    if isinstance(target, AtLeast):
        return actual >= Fraction(target.value), ""
    if isinstance(target, AtMost):
        return actual <= Fraction(target.value), ""
    if isinstance(target, Exactly):
        return actual == Fraction(target.value), ""
    if isinstance(target, Range):
        return Fraction(target.min) <= actual <= Fraction(target.max), ""
    if isinstance(target, Change):
        stated = target_level(target)
        if stated is None:
            if target.baseline is None:
                return None, t("no baseline to measure the change from")
            base = Fraction(target.baseline.value)
            return (actual > base if target.direction == "increase" else actual < base), ""
        level = Fraction(stated)
        return (actual >= level if target.direction == "increase" else actual <= level), ""
    return None, t("no rule to compare this kind of target")


def _progress(plan: Plan, criterion: Criterion, measurement: Measurement) -> tuple[Fraction | None, bool | None]:
    """How far from baseline to target, and whether that keeps up with a straight line to the due date."""
    target = criterion.target
    actual = actual_value(measurement)
    if actual is None:
        return None, None
    measured = moment_interval(measurement.date)[1]
    if isinstance(target, AtLeast) and target.unit == "count" and target.value > 0:
        start, due = count_span(plan, criterion)
        return _paced(actual / Fraction(target.value), start, measured, due)
    if not isinstance(target, Change):
        return None, None
    level = target_level(target)
    return (None, None) if level is None else _change_progress(plan, criterion, target, measurement, Fraction(level))


def _change_progress(
    plan: Plan, criterion: Criterion, target: Change, measurement: Measurement, level: Fraction
) -> tuple[Fraction | None, bool | None]:
    """The way from baseline to `level`, paced from the baseline's date (no pace when its date is not stated)."""
    actual = actual_value(measurement)
    if target.baseline is None or actual is None:
        return None, None
    base = Fraction(target.baseline.value)
    if level == base:
        return None, None
    progress = (actual - base) / (level - base)
    if target.baseline.date is None:
        return progress, None
    start = moment_interval(target.baseline.date)[1]
    _, due = criterion_period(plan, criterion)
    return _paced(progress, start, moment_interval(measurement.date)[1], due)


def _paced(progress: Fraction, start: date, measured: date, due: date) -> tuple[Fraction, bool | None]:
    """The share of the way, and whether it keeps up with a straight line from `start` to `due`."""
    if due <= start:
        return progress, None
    expected = Fraction((measured - start).days, (due - start).days)
    return progress, progress >= expected


def count_span(plan: Plan, criterion: Criterion) -> tuple[date, date]:
    """The span a count accumulates over: its due year (or quarter, month) when it has one — the seeds'
    counts with a due date are yearly goals ("Målet for 2009 er 100", "På årsplan", "udgør 554 i 2008") —
    else the criterion's period."""
    if criterion.due:
        return moment_interval(criterion.due)
    return criterion_period(plan, criterion)


def verdict_waivers(plan: Plan, as_of: date) -> list[tuple[Waiver, list[str | None]]]:
    """The plan's verdict waivers in force on `as_of`, each with the scopes of what it names (worked out once a
    plan, not once a criterion)."""
    waivers = [waiver for waiver in plan.waivers if waiver.rule == VERDICT_RULE and waiver.in_force(as_of)]
    return list(zip(waivers, scopes_of(waivers, plan), strict=True))


def _covering(waivers: list[tuple[Waiver, list[str | None]]], pointer: str) -> Waiver | None:
    """The first of `verdict_waivers` that covers the criterion at `pointer`."""
    return next((waiver for waiver, scopes in waivers if waiver_covers(waiver, scopes, pointer)), None)


def summarize(rows: list[Row]) -> dict[str, int]:
    counts = {status.value: 0 for status in Status}
    for row in rows:
        counts[row.status.value] += 1
    return counts
