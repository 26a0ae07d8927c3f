"""What the report shows, as plain data: gathered from the check result, the verdict rows and
the models, with no HTML. `html.py` renders it; `charts.py` draws its figures.

Numbers are kept exact (Decimal, Fraction) for drawing, and each carries the label a
person reads, formatted from the data as written (`format_number(..., as_written=True)`):
a chart may scale, but what it writes is the figure the file holds.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from fractions import Fraction
from typing import Literal, Protocol

from ..check.result import CheckResult
from ..check.waivers import standing_waived_errors
from ..describe import actual_value
from ..findings import Finding
from ..model.mandate import Mandate
from ..model.measurements import Measurement
from ..model.plan import AtLeast, AtMost, Change, Criterion, Exactly, Plan, Range
from ..model.types import moment_interval
from ..model.walk import criterion_places
from ..numbers import format_number, unit_suffix
from ..spool import HOLD, Spool
from ..verdict.judge import (
    STATUS_ORDER,
    MeasurementIndex,
    Row,
    Status,
    counting_measurements,
    criterion_period,
    decision_json,
    summarize,
    target_level,
    target_method,
)
from ..verdict.run import VerdictRun
from .sources import Sources

CAPACITY_RULE = "capacity-balance"  # its findings are the imbalance the årsværk bar shows

Better = Literal["higher", "lower", "exact", "inside"]
State = Literal["bar", "no-mandate", "unknown-mandate", "no-capacity"]


@dataclass(frozen=True)
class Mark:
    """A number placed on a chart, and how it is written next to it.

    The label is made when the page is rendered, so that it is in the language in use then
    (54,40 % in Danish, 54.40 % in English).
    """

    value: Fraction  # where it is drawn
    shown: Decimal | Fraction  # what is written: the file's own digits, or an exact computed figure
    as_written: bool  # keep the decimals the file wrote ("54.40")
    unit: str | None = None

    @property
    def label(self) -> str:
        return format_number(self.shown, as_written=self.as_written) + unit_suffix(self.unit)


# --- overview -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PlanSummary:
    """A plan's line in the overview, kept for every plan until the page is written (in a spool, by
    `SpooledLines`, in `tfi report`): without a __dict__, and its verdicts as a tuple of counts rather than
    a dict of nine: 209 bytes a plan, where the dict and the __dict__ took 417 (tracemalloc, 10,000 made in
    process)."""

    id: str
    title: str
    anchor: str
    start: date
    end: date
    verdicts: tuple[int, ...]  # criteria by verdict, in STATUS_ORDER
    criteria: int

    @property
    def counts(self) -> dict[str, int]:
        """Verdict status value → criteria, as `summarize` gives them."""
        return dict(zip([status.value for status in STATUS_ORDER], self.verdicts, strict=True))


class PlanLines(Protocol):
    """The overview's line of each plan, in page order: counted, and read as often as the page needs."""

    def __len__(self) -> int: ...

    def __iter__(self) -> Iterator[PlanSummary]: ...


class SpooledLines:
    """The overview's lines put aside on disk as the plans are judged, `CHUNK` lines a chunk (`tfi report`).

    A line holds a plan's id, title, anchor, period and verdict counts: about 1 KB. Kept in memory, they
    were most of what `tfi report` grew by with the plans (issue 17 item 2: 1,000 -> 10,000 finding-heavy
    plans, peak RSS 24.1 -> 40.0 MiB, 1.66x, once pydantic was no longer loaded to pad the smaller run).
    """

    CHUNK = 256
    HELD = HOLD  # lines kept in memory before they all go to the spool's file

    def __init__(self) -> None:
        self._spool: Spool[int] = Spool(hold=self.HELD)
        self._batch: list[PlanSummary] = []

    def append(self, line: PlanSummary) -> None:
        self._batch.append(line)
        if len(self._batch) == self.CHUNK:
            self._spool.put(len(self._spool), self._batch)
            self._batch = []

    def __len__(self) -> int:
        return len(self._spool) * self.CHUNK + len(self._batch)  # every chunk put is full

    def __iter__(self) -> Iterator[PlanSummary]:
        for _, lines in self._spool:  # a chunk at a time
            yield from lines
        yield from self._batch

    def close(self) -> None:
        self._spool.close()


@dataclass(frozen=True)
class FailingFile:
    """A file that fails `tfi check`: errors that are not waived."""

    file: str
    errors: int
    anchor: str


@dataclass(frozen=True)
class Overview:
    plans: PlanLines
    counts: dict[str, int]  # `summarize` of every row
    failing: list[FailingFile]
    check_counts: dict[str, int]  # `CheckResult.counts()`


# --- one plan -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class AreaShare:
    number: int  # 1, 2, ... in the plan's order: the bar's segments are labelled with it
    id: str
    title: str
    årsværk: Decimal
    decisions: tuple[dict[str, str | None], ...] = ()  # standing questions decided in the plan (AreaDecision)


@dataclass(frozen=True)
class CapacityView:
    """A plan's core årsværk against its mandate's capacity.

    `state` says what can be drawn: "bar" when the capacity is known; otherwise why not
    ("no-mandate", "unknown-mandate", "no-capacity").
    """

    state: State
    mandate: str | None
    capacity: Decimal | None
    decision: str | None
    core: list[AreaShare]
    elsewhere: list[AreaShare]  # funded from outside the capacity
    unstated: list[AreaShare]  # core areas that state no årsværk
    total: Decimal
    waiver_reason: str = ""  # the reason of a waiver the plan gives for an imbalance (as in a Finding)
    waived_language: str = ""  # the language that reason is written in
    waiver_approval: str = ""  # tfi's words on who approved it ("unapproved: ..." where no one did)

    @property
    def difference(self) -> Decimal:
        """Spent minus capacity: above 0 is over the capacity, below 0 is left unallotted."""
        return self.total - (self.capacity or Decimal(0))


@dataclass(frozen=True)
class TargetBar:
    """A numeric target as a small bar: from the baseline (or 0) to the target, the actual marked."""

    start: Mark
    target: Mark
    upper: Mark | None  # a range's upper bound
    actual: Mark | None
    better: Better
    from_baseline: bool


@dataclass(frozen=True)
class CriterionLine:
    row: Row
    area: str
    bar: TargetBar | None


@dataclass(frozen=True)
class TrendPoint:
    day: date  # plotted at the last day of its moment, as the verdict times it
    moment: str  # as the file writes it: "2007-spring", "2008-08"
    mark: Mark
    baseline: bool


@dataclass(frozen=True)
class TrendPath:
    """The straight line from a baseline to the target level on the due date."""

    start_day: date
    start: Mark
    due_day: date
    due: str  # the due moment as written, or the period's last day
    level: Mark
    stated: Mark | None  # the end level the wording states, when it differs from the level judged


@dataclass(frozen=True)
class TrendThreshold:
    mark: Mark
    better: Better


@dataclass(frozen=True)
class Trend:
    """One indicator's figures over time, with the targets of the criteria that read it."""

    indicator: str
    title: str
    unit: str | None
    points: list[TrendPoint]
    paths: list[TrendPath]
    thresholds: list[TrendThreshold]
    rows: list[Row]  # the verdicts on the criteria drawn
    as_of: date


@dataclass(frozen=True)
class PlanSection:
    id: str
    title: str
    anchor: str
    file: str | None
    start: date
    end: date
    document_kind: str
    source: str
    capacity: CapacityView
    criteria: list[CriterionLine]
    trends: list[Trend]
    findings: list[Finding]
    counts: dict[str, int]
    waived_errors: list[Finding] = field(default_factory=list)  # waived, not gone: shown at the plan's top


@dataclass(frozen=True)
class FileSection:
    """A checked file that is not a plan shown above (a mandate, measurements, or a file that did not validate)."""

    file: str
    anchor: str
    findings: list[Finding]


@dataclass(frozen=True)
class Page:
    as_of: date
    overview: Overview
    plans: list[PlanSection]
    files: list[FileSection] = field(default_factory=list)


# --- gathering ------------------------------------------------------------------------------------


def gather(result: CheckResult, run: VerdictRun, sources: Sources, as_of: date) -> Page:
    """The whole page from one check, one verdict run and the files behind them."""
    index = sources.index
    measurements = {m.id: m for f in sources.measurement_files for m in f.measurements}
    by_file: dict[str, list[Finding]] = {}
    for finding in result.sorted_findings():  # from the check's spool, if it has one
        by_file.setdefault(finding.file, []).append(finding)
    # One pass over the rows, not one per plan: scanning every row for every plan made the
    # report quadratic (17 s at 1,000 plans, still running after 9 minutes at 10,000).
    rows_by_plan: dict[str, list[Row]] = {}
    for row in run.rows:
        rows_by_plan.setdefault(row.plan, []).append(row)

    sections = []
    for plan in run.plans:
        file = sources.plan_files.get(plan.id)
        findings = by_file.get(file, []) if file else []
        rows = rows_by_plan.get(plan.id, [])
        sections.append(plan_section_of(plan, file, rows, findings, sources, measurements, index, as_of))
    shown = {section.file for section in sections}
    files = [
        FileSection(file, anchor("file", file), by_file.get(file, []))
        for file in sorted(set(result.files) | set(by_file))
        if file not in shown and by_file.get(file)
    ]
    return Page(as_of=as_of, overview=overview(result, run, sections), plans=sections, files=files)


def plan_section_of(
    plan: Plan,
    file: str | None,
    rows: list[Row],
    findings: list[Finding],
    sources: Sources,
    measurements: dict[str, Measurement],
    index: MeasurementIndex,
    as_of: date,
) -> PlanSection:
    """One plan's section: its rows, the findings of its file, its capacity and charts."""
    capacity = capacity_view(plan, sources.mandates)
    waivers = [f for f in findings if f.rule == CAPACITY_RULE and f.waived]
    if waivers:
        waiver = waivers[0]
        capacity = replace(
            capacity,
            waiver_reason=waiver.waiver_reason,
            waived_language=waiver.waived_language,
            waiver_approval=waiver.waiver_approval,
        )
    return PlanSection(
        id=plan.id,
        title=plan.title,
        anchor=anchor("plan", plan.id),
        file=file,
        start=plan.period.start,
        end=plan.period.end,
        document_kind=plan.document_kind,
        source=_source_text(plan),
        capacity=capacity,
        criteria=criterion_lines(plan, rows, measurements),
        trends=trends(plan, rows, index, as_of),
        findings=findings,
        counts=summarize(rows),
        waived_errors=standing_waived_errors(findings).get(file, []) if file else [],
    )


def plan_summary(section: PlanSection) -> PlanSummary:
    """What the overview keeps of a plan's section."""
    verdicts = tuple(section.counts[status.value] for status in STATUS_ORDER)
    return PlanSummary(
        section.id, section.title, section.anchor, section.start, section.end, verdicts, len(section.criteria)
    )


def failing_files(result: CheckResult, plan_anchor: dict[str, str]) -> list[FailingFile]:
    """Files with errors not waived (listed or not), in order of their names; a plan's file links to its section."""
    errors = result.errors_by_file()
    return [
        FailingFile(file, count, plan_anchor.get(file, anchor("file", file))) for file, count in sorted(errors.items())
    ]


def anchor(kind: str, name: str) -> str:
    """An id for an in-page link: letters, digits and hyphens only."""
    cleaned = "".join(c if c.isascii() and c.isalnum() else "-" for c in name.lower()).strip("-")
    return f"{kind}-{cleaned or 'x'}"


def overview(result: CheckResult, run: VerdictRun, sections: list[PlanSection]) -> Overview:
    plans = [plan_summary(section) for section in sections]
    failing = failing_files(result, {s.file: s.anchor for s in sections if s.file})
    return Overview(plans=plans, counts=summarize(run.rows), failing=failing, check_counts=result.counts())


def _source_text(plan: Plan) -> str:
    """The source document's references as the file writes them: "Sagsnr. 2007-50025, BIU 201/2006"."""
    source = plan.source
    parts = [
        source.body,
        source.decision,
        source.case_no and f"Sagsnr. {source.case_no}",
        source.document_no and f"Dok.nr. {source.document_no}",
        source.date and source.date.isoformat(),
    ]
    return ", ".join(part for part in parts if part)


def capacity_view(plan: Plan, mandates: dict[str, Mandate]) -> CapacityView:
    core: list[AreaShare] = []
    elsewhere: list[AreaShare] = []
    unstated: list[AreaShare] = []
    for number, area in enumerate(plan.areas, start=1):
        decisions = tuple(decision_json(decision) for decision in area.decisions)
        share = AreaShare(
            number, area.id, area.title, area.årsværk if area.årsværk is not None else Decimal(0), decisions
        )
        if area.funding.source == "other":
            if area.årsværk is not None:
                elsewhere.append(share)
        elif area.årsværk is None:
            unstated.append(share)
        else:
            core.append(share)
    total = sum((share.årsværk for share in core), Decimal(0))

    def view(state: State, capacity: Decimal | None = None, decision: str | None = None) -> CapacityView:
        return CapacityView(state, plan.mandate, capacity, decision, core, elsewhere, unstated, total)

    if plan.mandate is None:
        return view("no-mandate")
    mandate = mandates.get(plan.mandate)
    if mandate is None:
        return view("unknown-mandate")
    entry = mandate.capacity_on(plan.period.start)
    if entry is None:
        return view("no-capacity")
    return view("bar", entry.årsværk, entry.decision)


def criteria_by_id(plan: Plan) -> dict[str, tuple[Criterion, str]]:
    """Every criterion of a plan (sub-criteria too) by id, with the title of its area."""
    found: dict[str, tuple[Criterion, str]] = {}
    for place in criterion_places(plan):
        found.setdefault(place.criterion.id, (place.criterion, place.area.title))
    return found


def criterion_lines(plan: Plan, rows: list[Row], measurements: dict[str, Measurement]) -> list[CriterionLine]:
    criteria = criteria_by_id(plan)
    lines = []
    for row in rows:
        criterion, area = criteria[row.criterion]
        lines.append(CriterionLine(row=row, area=area, bar=target_bar(criterion, row, measurements)))
    return lines


def written(value: Decimal, unit: str | None) -> Mark:
    """A number from the file, shown with the decimals it was written with."""
    return Mark(Fraction(value), value, True, unit)


def computed(value: Fraction, unit: str | None) -> Mark:
    """A number the program worked out (baseline + change): exact where it is a decimal."""
    return Mark(value, value, False, unit)


def target_bar(criterion: Criterion, row: Row, measurements: dict[str, Measurement]) -> TargetBar | None:
    target = criterion.target
    unit = getattr(target, "unit", None)
    zero = computed(Fraction(0), unit)
    upper = None
    from_baseline = False
    if isinstance(target, (AtLeast, AtMost, Exactly)):
        start, goal = zero, written(target.value, unit)
        better: Better = "higher" if isinstance(target, AtLeast) else "lower" if isinstance(target, AtMost) else "exact"
    elif isinstance(target, Range):
        start, goal, upper, better = zero, written(target.min, unit), written(target.max, unit), "inside"
    elif isinstance(target, Change):
        stated_level = target_level(target)
        if stated_level is None:
            return None
        level = Fraction(stated_level)
        goal = computed(level, unit)
        if target.baseline is not None:
            start, from_baseline = written(target.baseline.value, unit), True
        else:
            start = zero
        better = "higher" if target.direction == "increase" else "lower"
    else:
        return None
    actual = _actual_mark(row, measurements, unit)
    if actual is None and not from_baseline:
        return None  # 0 to the target and nothing measured: a bar would say no more than the target's words
    return TargetBar(start, goal, upper, actual, better, from_baseline)


def _actual_mark(row: Row, measurements: dict[str, Measurement], unit: str | None) -> Mark | None:
    # A figure of another method (not comparable) or a waived verdict is not placed against the target.
    if row.measurement is None or row.status in (Status.NOT_COMPARABLE, Status.WAIVED):
        return None
    measurement = measurements.get(row.measurement)
    return _measured_mark(measurement, unit) if measurement is not None else None


def _measured_mark(measurement: Measurement, unit: str | None) -> Mark | None:
    value = actual_value(measurement)
    if value is None:
        return None
    shown_unit = measurement.unit or unit
    if measurement.value is not None:
        return written(measurement.value, shown_unit)
    return computed(value, "percent" if shown_unit in (None, "percent") else shown_unit)


def trends(plan: Plan, rows: list[Row], index: MeasurementIndex, as_of: date) -> list[Trend]:
    """A chart for every indicator with figures at two or more times (a baseline counts as one)."""
    by_id = {row.criterion: row for row in rows}
    indicators = {indicator.id: indicator for indicator in plan.indicators}
    grouped: dict[str, list[Criterion]] = {}
    for criterion, _area in criteria_by_id(plan).values():
        if criterion.indicator:
            grouped.setdefault(criterion.indicator, []).append(criterion)
    found = []
    for indicator_id, criteria in grouped.items():
        indicator = indicators.get(indicator_id)
        title = indicator.title if indicator else indicator_id
        trend = _trend(plan, indicator_id, title, criteria, by_id, index, as_of)
        if trend is not None:
            found.append(trend)
    return found


def _trend(
    plan: Plan,
    indicator: str,
    title: str,
    criteria: list[Criterion],
    rows: dict[str, Row],
    index: MeasurementIndex,
    as_of: date,
) -> Trend | None:
    points: dict[tuple[object, ...], TrendPoint] = {}
    paths: dict[tuple[object, ...], TrendPath] = {}
    thresholds: dict[tuple[object, ...], TrendThreshold] = {}
    drawn: list[Row] = []
    unit: str | None = None
    for criterion in criteria:
        target = criterion.target
        unit = unit or getattr(target, "unit", None)
        method = target_method(target)
        figures = counting_measurements(plan, criterion, index, as_of)
        if method is not None:  # figures of another method are not comparable: not drawn against this target
            figures = [m for m in figures if m.method == method]
        added = False
        for measurement in figures:
            mark = _measured_mark(measurement, getattr(target, "unit", None))
            if mark is not None:
                day = moment_interval(measurement.date)[1]
                points.setdefault(("m", measurement.id), TrendPoint(day, measurement.date, mark, baseline=False))
                added = True
        baseline = target.baseline if isinstance(target, Change) else None
        if isinstance(target, Change) and baseline is not None and baseline.date is not None:
            start_day = moment_interval(baseline.date)[1]  # an undated baseline cannot be placed on the time axis
            start = written(baseline.value, target.unit)
            points.setdefault(("b", start.value, start_day), TrendPoint(start_day, baseline.date, start, baseline=True))
            stated_level = target_level(target)
            if stated_level is not None:
                level = Fraction(stated_level)
                _, due_day = criterion_period(plan, criterion)
                stated = None
                if target.end_level is not None and Fraction(target.end_level) != level:
                    stated = written(target.end_level, target.unit)
                key = (start.value, start_day, level, due_day)
                paths.setdefault(
                    key,
                    TrendPath(
                        start_day,
                        start,
                        due_day,
                        criterion.due or due_day.isoformat(),
                        computed(level, target.unit),
                        stated,
                    ),
                )
            added = True
        elif isinstance(target, (AtLeast, AtMost, Exactly)) and added:
            better: Better = (
                "higher" if isinstance(target, AtLeast) else "lower" if isinstance(target, AtMost) else "exact"
            )
            mark = written(target.value, target.unit)
            thresholds.setdefault((mark.value, better), TrendThreshold(mark, better))
        if added and criterion.id in rows:
            drawn.append(rows[criterion.id])
    ordered = sorted(points.values(), key=lambda point: (point.day, not point.baseline, point.mark.value))
    if len({point.day for point in ordered}) < 2:
        return None
    return Trend(indicator, title, unit, ordered, list(paths.values()), list(thresholds.values()), drawn, as_of)
