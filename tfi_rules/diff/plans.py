"""What a change does to a plan, in the plan's own terms.

`diff_plans(old, new)` compares two versions of a plan (typed `Plan` models)
and lists what changed as `Difference`s (see `differences.py`): a target lowered from
60 to 50, 0.5 årsværk moved from one area to another, a criterion removed, a
budget line raised by 50,000 kr. Areas, criteria (sub-criteria included),
indicators, budget lines and waivers are matched by their ids, never by their
positions, so reordering a list changes nothing; an id that is renamed reads as
one thing removed and another added. Arithmetic is exact (Decimal).

Årsværk: when one area's årsværk fall and another's rise by the same amount,
that is one move ("0.5 årsværk moved from `a` to `b`"); any other change is
said area by area. A line with the core årsværk total follows whenever the
total changes, since that is what the capacity-balance rule checks.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

from ..describe import describe_target
from ..i18n import t
from ..model.plan import Area, Criterion, Plan, Range
from ..model.plan import Change as ChangeTarget
from ..model.walk import criterion_places
from ..numbers import format_number
from .budget import budget_changes
from .differences import (
    Difference,
    DifferenceKind,
    by_id,
    difference,
    exact,
    field_changes,
    quoted,
    raised_or_lowered,
)
from .waivers import waiver_changes

__all__ = ["Difference", "DifferenceKind", "core_total", "diff_plans"]


def diff_plans(old: Plan, new: Plan) -> list[Difference]:
    """Everything `new` does differently from `old`, plan-wide changes first."""
    return [
        *_plan_changes(old, new),
        *_area_changes(old, new),
        *_årsværk_changes(old, new),
        *_criterion_changes(old, new),
        *_indicator_changes(old, new),
        *budget_changes(old.budget, new.budget),
        *waiver_changes(old.waivers, new.waivers),
    ]


def core_total(plan: Plan) -> Decimal:
    """The årsværk the capacity-balance rule adds up: core-funded areas, exactly."""
    return exact(area.årsværk for area in plan.areas if area.funding.source == "core" and area.årsværk is not None)


# --- the plan as a whole -----------------------------------------------------------------


def _plan_changes(old: Plan, new: Plan) -> Iterator[Difference]:
    if old.id != new.id:
        yield Difference(DifferenceKind.ID_CHANGED, new.id, f"plan id changed from `{old.id}` to `{new.id}`")
    if old.title != new.title:
        yield Difference(
            DifferenceKind.TITLE_CHANGED,
            new.id,
            f"title of the plan changed from {quoted(old.title)} to {quoted(new.title)}",
        )
    for end in ("start", "end"):
        before, after = getattr(old.period, end), getattr(new.period, end)
        if before != after:
            yield Difference(
                DifferenceKind.PERIOD_CHANGED,
                new.id,
                f"{end} of the period moved from {before.isoformat()} to {after.isoformat()}",
            )
    if old.mandate != new.mandate:
        if old.mandate is None:
            sentence = f"mandate `{new.mandate}` named (the plan named none)"
        elif new.mandate is None:
            sentence = (
                f"mandate `{old.mandate}` no longer named: the plan's årsværk are not balanced against any mandate"
            )
        else:
            sentence = f"mandate changed from `{old.mandate}` to `{new.mandate}`"
        yield Difference(DifferenceKind.MANDATE_CHANGED, new.id, sentence)
    yield from field_changes(
        old,
        new,
        "the plan",
        new.id,
        skip=("kind", "id", "title", "period", "mandate", "areas", "indicators", "budget", "waivers"),
    )


# --- areas and their årsværk ---------------------------------------------------------------


def _area_changes(old: Plan, new: Plan) -> Iterator[Difference]:
    before, after = by_id(old.areas), by_id(new.areas)
    for area in new.areas:
        if area.id not in before:
            yield Difference(DifferenceKind.AREA_ADDED, area.id, f"area `{area.id}` added: {_describe_area(area)}")
    for area in old.areas:
        if area.id not in after:
            yield Difference(
                DifferenceKind.AREA_REMOVED, area.id, f"area `{area.id}` removed (was {_describe_area(area)})"
            )
    for area in after.values():
        previous = before.get(area.id)
        if previous is None:
            continue
        if previous.title != area.title:
            yield Difference(
                DifferenceKind.AREA_RENAMED,
                area.id,
                f"area `{area.id}` renamed from {quoted(previous.title)} to {quoted(area.title)}",
            )
        if previous.funding.source != area.funding.source:
            yield Difference(
                DifferenceKind.FUNDING_CHANGED,
                area.id,
                f"funding of area `{area.id}` changed from {previous.funding.source} to {area.funding.source}",
            )
        yield from field_changes(
            previous.funding, area.funding, f"area `{area.id}`", area.id, skip=("source",), prefix="funding."
        )
        yield from field_changes(
            previous, area, f"area `{area.id}`", area.id, skip=("id", "title", "årsværk", "funding", "criteria")
        )


def _describe_area(area: Area) -> str:
    amount = "no årsværk" if area.årsværk is None else f"{format_number(area.årsværk)} årsværk"
    funded = "" if area.funding.source == "core" else ", funded from elsewhere"
    return f"{quoted(area.title)}, {amount}{funded}"


def _årsværk_changes(old: Plan, new: Plan) -> Iterator[Difference]:
    before = by_id(old.areas)
    falls: list[tuple[str, Decimal, Decimal]] = []
    rises: list[tuple[str, Decimal, Decimal]] = []
    for area in by_id(new.areas).values():
        previous = before.get(area.id)
        if previous is None or previous.årsværk == area.årsværk:
            continue
        if previous.årsværk is None or area.årsværk is None:
            if area.årsværk is not None:  # and the previous had none
                sentence = f"årsværk of `{area.id}` set to {format_number(area.årsværk)} (it had none)"
            else:
                assert previous.årsværk is not None  # they differ
                sentence = f"årsværk of `{area.id}` removed (was {format_number(previous.årsværk)})"
            yield Difference(DifferenceKind.ÅRSVÆRK_SET, area.id, sentence)
            continue
        (rises if area.årsværk > previous.årsværk else falls).append((area.id, previous.årsværk, area.årsværk))

    unpaired_rises = list(rises)
    for area_id, was, now in falls:
        amount = difference(was, now)
        partner = next((rise for rise in unpaired_rises if difference(rise[2], rise[1]) == amount), None)
        if partner is None:
            yield _årsværk_sentence(area_id, was, now)
            continue
        unpaired_rises.remove(partner)
        yield Difference(
            DifferenceKind.ÅRSVÆRK_MOVED,
            f"{area_id}>{partner[0]}",
            f"{format_number(amount)} årsværk moved from `{area_id}` to `{partner[0]}`",
        )
    for area_id, was, now in unpaired_rises:
        yield _årsværk_sentence(area_id, was, now)

    total_before, total_after = core_total(old), core_total(new)
    if total_before != total_after:
        yield Difference(
            DifferenceKind.CORE_TOTAL_CHANGED,
            new.id,
            f"core årsværk total {raised_or_lowered(total_before, total_after)} "
            f"from {format_number(total_before)} to {format_number(total_after)}",
        )


def _årsværk_sentence(area_id: str, was: Decimal, now: Decimal) -> Difference:
    kind = DifferenceKind.ÅRSVÆRK_RAISED if now > was else DifferenceKind.ÅRSVÆRK_LOWERED
    return Difference(
        kind,
        area_id,
        f"årsværk of `{area_id}` {raised_or_lowered(was, now)} from {format_number(was)} to {format_number(now)}",
    )


# --- criteria ------------------------------------------------------------------------------


def _criteria_by_id(plan: Plan) -> dict[str, tuple[Criterion, str]]:
    """Every criterion by id with where it stands: "area `a`" or, for a sub-criterion, "criterion `c`"."""
    found: dict[str, tuple[Criterion, str]] = {}
    for place in criterion_places(plan):
        where = f"criterion `{place.parent.id}`" if place.parent is not None else f"area `{place.area.id}`"
        found.setdefault(place.criterion.id, (place.criterion, where))
    return found


def _criterion_changes(old: Plan, new: Plan) -> Iterator[Difference]:
    before, after = _criteria_by_id(old), _criteria_by_id(new)
    for criterion_id, (_criterion, where) in before.items():
        if criterion_id not in after:
            yield Difference(
                DifferenceKind.CRITERION_REMOVED, criterion_id, f"criterion `{criterion_id}` removed from {where}"
            )
    for criterion_id, (criterion, where) in after.items():
        if criterion_id not in before:
            yield Difference(
                DifferenceKind.CRITERION_ADDED,
                criterion_id,
                f"criterion `{criterion_id}` added to {where}: {describe_target(criterion)}",
            )
            continue
        previous, previous_where = before[criterion_id]
        if previous_where != where:
            yield Difference(
                DifferenceKind.CRITERION_MOVED,
                criterion_id,
                f"criterion `{criterion_id}` moved from {previous_where} to {where}",
            )
        if previous.text != criterion.text:
            yield Difference(
                DifferenceKind.WORDING_CHANGED, criterion_id, f"wording of criterion `{criterion_id}` changed"
            )
        yield from _target_changes(criterion_id, previous.target, criterion.target)
        if previous.due != criterion.due:
            if previous.due is None:
                sentence = f"due date of `{criterion_id}` set to {criterion.due} (it was the end of the plan's period)"
            elif criterion.due is None:
                sentence = (
                    f"due date of `{criterion_id}` removed (was {previous.due}): now the end of the plan's period"
                )
            else:
                sentence = f"due date of `{criterion_id}` moved from {previous.due} to {criterion.due}"
            yield Difference(DifferenceKind.DUE_CHANGED, criterion_id, sentence)
        yield from field_changes(
            previous,
            criterion,
            f"criterion `{criterion_id}`",
            criterion_id,
            skip=("id", "text", "target", "of_which", "due"),
        )


def _target_changes(criterion_id: str, old: Any, new: Any) -> Iterator[Difference]:  # two targets of one kind
    if old.kind != new.kind:
        yield Difference(
            DifferenceKind.TARGET_KIND_CHANGED,
            criterion_id,
            f"target kind of `{criterion_id}` changed from {old.kind} to {new.kind}",
        )
        return
    handled: tuple[str, ...] = ("kind",)
    if hasattr(new, "value"):
        handled += ("value",)
        yield from _number_change(criterion_id, "target", old.value, new.value)
    elif isinstance(new, Range):
        handled += ("min", "max")
        if (old.min, old.max) != (new.min, new.max):
            yield Difference(
                DifferenceKind.TARGET_CHANGED,
                criterion_id,
                f"range of `{criterion_id}` changed from {format_number(old.min)}–{format_number(old.max)} "
                f"to {format_number(new.min)}–{format_number(new.max)}",
            )
    elif isinstance(new, ChangeTarget):
        handled += ("end_level", "baseline")
        if old.by is not None and new.by is not None and old.mode == new.mode:
            # Otherwise `by` and `mode` are said field by field below.
            handled += ("by",)
            step = {"percentage_points": " percentage points", "relative_percent": " per cent"}.get(new.mode or "", "")
            yield from _number_change(criterion_id, "target", old.by, new.by, step)
        yield from _number_change(criterion_id, "end level", old.end_level, new.end_level)
        yield from _baseline_changes(criterion_id, old.baseline, new.baseline)
    yield from field_changes(old, new, f"criterion `{criterion_id}`", criterion_id, skip=handled, prefix="target.")


def _number_change(
    criterion_id: str, what: str, old: Decimal | None, new: Decimal | None, unit: str = ""
) -> Iterator[Difference]:
    if old == new:
        return
    if old is None or new is None:
        sentence = (
            f"set to {format_number(new)}{unit}"
            if new is not None
            else f"removed (was {format_number(old)}{unit})"
            if old is not None
            else ""
        )
        yield Difference(DifferenceKind.TARGET_CHANGED, criterion_id, f"{what} of `{criterion_id}` {sentence}")
        return
    kind = DifferenceKind.TARGET_RAISED if new > old else DifferenceKind.TARGET_LOWERED
    yield Difference(
        kind,
        criterion_id,
        f"{what} of `{criterion_id}` {raised_or_lowered(old, new)} "
        f"from {format_number(old)} to {format_number(new)}{unit}",
    )


def _when(baseline: Any) -> str:  # Baseline
    """A baseline's date, or that the source does not state it (an undated baseline, "faldet fra 49,5 pct.")."""
    return str(baseline.date) if baseline.date is not None else t("date not stated")


def _baseline_changes(criterion_id: str, old: Any, new: Any) -> Iterator[Difference]:  # Baseline | None each
    if old == new:
        return
    if old is None or new is None:
        sentence = (
            f"baseline of `{criterion_id}` set to {format_number(new.value)} ({_when(new)})"
            if old is None
            else f"baseline of `{criterion_id}` removed (was {format_number(old.value)} ({_when(old)}))"
        )
        yield Difference(DifferenceKind.BASELINE_CHANGED, criterion_id, sentence)
        return
    if (old.value, old.date) != (new.value, new.date):
        yield Difference(
            DifferenceKind.BASELINE_CHANGED,
            criterion_id,
            f"baseline of `{criterion_id}` changed from {format_number(old.value)} ({_when(old)}) "
            f"to {format_number(new.value)} ({_when(new)})",
        )
    if old.method != new.method:
        yield Difference(
            DifferenceKind.BASELINE_CHANGED,
            criterion_id,
            f"baseline method of `{criterion_id}` changed: figures measured the old way no longer compare",
        )
    yield from field_changes(
        old,
        new,
        f"criterion `{criterion_id}`",
        criterion_id,
        skip=("value", "date", "method"),
        prefix="target.baseline.",
    )


# --- indicators -----------------------------------------------------------------


def _indicator_changes(old: Plan, new: Plan) -> Iterator[Difference]:
    before, after = by_id(old.indicators), by_id(new.indicators)
    for indicator_id, indicator in after.items():
        if indicator_id not in before:
            yield Difference(
                DifferenceKind.INDICATOR_ADDED,
                indicator_id,
                f"indicator `{indicator_id}` added: {quoted(indicator.title)}",
            )
        else:
            yield from field_changes(
                before[indicator_id], indicator, f"indicator `{indicator_id}`", indicator_id, skip=("id",)
            )
    for indicator_id in before:
        if indicator_id not in after:
            yield Difference(DifferenceKind.INDICATOR_REMOVED, indicator_id, f"indicator `{indicator_id}` removed")
