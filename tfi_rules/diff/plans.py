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
        yield Difference(
            DifferenceKind.ID_CHANGED,
            new.id,
            t("plan id changed from `{before}` to `{after}`", before=old.id, after=new.id),
        )
    if old.title != new.title:
        yield Difference(
            DifferenceKind.TITLE_CHANGED,
            new.id,
            t("title of the plan changed from {before} to {after}", before=quoted(old.title), after=quoted(new.title)),
        )
    if old.period.start != new.period.start:
        yield Difference(
            DifferenceKind.PERIOD_CHANGED,
            new.id,
            t(
                "start of the period moved from {before} to {after}",
                before=old.period.start.isoformat(),
                after=new.period.start.isoformat(),
            ),
        )
    if old.period.end != new.period.end:
        yield Difference(
            DifferenceKind.PERIOD_CHANGED,
            new.id,
            t(
                "end of the period moved from {before} to {after}",
                before=old.period.end.isoformat(),
                after=new.period.end.isoformat(),
            ),
        )
    if old.mandate != new.mandate:
        if old.mandate is None:
            sentence = t("mandate `{mandate}` named (the plan named none)", mandate=new.mandate)
        elif new.mandate is None:
            sentence = t(
                "mandate `{mandate}` no longer named: the plan's årsværk are not balanced against any mandate",
                mandate=old.mandate,
            )
        else:
            sentence = t("mandate changed from `{before}` to `{after}`", before=old.mandate, after=new.mandate)
        yield Difference(DifferenceKind.MANDATE_CHANGED, new.id, sentence)
    yield from field_changes(
        old,
        new,
        t("the plan"),
        new.id,
        skip=("kind", "id", "title", "period", "mandate", "areas", "indicators", "budget", "waivers"),
    )


# --- areas and their årsværk ---------------------------------------------------------------


def _area_changes(old: Plan, new: Plan) -> Iterator[Difference]:
    before, after = by_id(old.areas), by_id(new.areas)
    for area in new.areas:
        if area.id not in before:
            yield Difference(
                DifferenceKind.AREA_ADDED,
                area.id,
                t("area `{area}` added: {description}", area=area.id, description=_describe_area(area)),
            )
    for area in old.areas:
        if area.id not in after:
            yield Difference(
                DifferenceKind.AREA_REMOVED,
                area.id,
                t("area `{area}` removed (was {description})", area=area.id, description=_describe_area(area)),
            )
    for area in after.values():
        previous = before.get(area.id)
        if previous is None:
            continue
        if previous.title != area.title:
            yield Difference(
                DifferenceKind.AREA_RENAMED,
                area.id,
                t(
                    "area `{area}` renamed from {before} to {after}",
                    area=area.id,
                    before=quoted(previous.title),
                    after=quoted(area.title),
                ),
            )
        if previous.funding.source != area.funding.source:
            # `source` is "core" or "other" (model.plan.Funding): one sentence each way, so Danish can say what they mean.
            sentence = (
                t("funding of area `{area}` changed from core to other", area=area.id)
                if area.funding.source == "other"
                else t("funding of area `{area}` changed from other to core", area=area.id)
            )
            yield Difference(DifferenceKind.FUNDING_CHANGED, area.id, sentence)
        what = t("area `{area}`", area=area.id)
        yield from field_changes(previous.funding, area.funding, what, area.id, skip=("source",), prefix="funding.")
        yield from field_changes(previous, area, what, area.id, skip=("id", "title", "årsværk", "funding", "criteria"))


def _describe_area(area: Area) -> str:
    parts = [quoted(area.title)]
    if area.årsværk is None:
        parts.append(t("no årsværk"))
    else:
        parts.append(t("{amount} årsværk", amount=format_number(area.årsværk)))
    if area.funding.source != "core":
        parts.append(t("funded from elsewhere"))
    return ", ".join(parts)


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
                sentence = t(
                    "årsværk of `{area}` set to {amount} (it had none)",
                    area=area.id,
                    amount=format_number(area.årsværk),
                )
            else:
                assert previous.årsværk is not None  # they differ
                sentence = t(
                    "årsværk of `{area}` removed (was {amount})", area=area.id, amount=format_number(previous.årsværk)
                )
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
            t(
                "{amount} årsværk moved from `{source}` to `{target}`",
                amount=format_number(amount),
                source=area_id,
                target=partner[0],
            ),
        )
    for area_id, was, now in unpaired_rises:
        yield _årsværk_sentence(area_id, was, now)

    total_before, total_after = core_total(old), core_total(new)
    if total_before != total_after:
        totals = {"before": format_number(total_before), "after": format_number(total_after)}
        yield Difference(
            DifferenceKind.CORE_TOTAL_CHANGED,
            new.id,
            t("core årsværk total raised from {before} to {after}", **totals)
            if total_after > total_before
            else t("core årsværk total lowered from {before} to {after}", **totals),
        )


def _årsværk_sentence(area_id: str, was: Decimal, now: Decimal) -> Difference:
    before, after = format_number(was), format_number(now)
    if now > was:
        return Difference(
            DifferenceKind.ÅRSVÆRK_RAISED,
            area_id,
            t("årsværk of `{area}` raised from {before} to {after}", area=area_id, before=before, after=after),
        )
    return Difference(
        DifferenceKind.ÅRSVÆRK_LOWERED,
        area_id,
        t("årsværk of `{area}` lowered from {before} to {after}", area=area_id, before=before, after=after),
    )


# --- criteria ------------------------------------------------------------------------------


def _criteria_by_id(plan: Plan) -> dict[str, tuple[Criterion, str]]:
    """Every criterion by id with where it stands: "area `a`" or, for a sub-criterion, "criterion `c`"."""
    found: dict[str, tuple[Criterion, str]] = {}
    for place in criterion_places(plan):
        where = (
            t("criterion `{criterion}`", criterion=place.parent.id)
            if place.parent is not None
            else t("area `{area}`", area=place.area.id)
        )
        found.setdefault(place.criterion.id, (place.criterion, where))
    return found


def _criterion_changes(old: Plan, new: Plan) -> Iterator[Difference]:
    before, after = _criteria_by_id(old), _criteria_by_id(new)
    for criterion_id, (_criterion, where) in before.items():
        if criterion_id not in after:
            yield Difference(
                DifferenceKind.CRITERION_REMOVED,
                criterion_id,
                t("criterion `{criterion}` removed from {where}", criterion=criterion_id, where=where),
            )
    for criterion_id, (criterion, where) in after.items():
        if criterion_id not in before:
            yield Difference(
                DifferenceKind.CRITERION_ADDED,
                criterion_id,
                t(
                    "criterion `{criterion}` added to {where}: {target}",
                    criterion=criterion_id,
                    where=where,
                    target=describe_target(criterion),
                ),
            )
            continue
        previous, previous_where = before[criterion_id]
        if previous_where != where:
            yield Difference(
                DifferenceKind.CRITERION_MOVED,
                criterion_id,
                t(
                    "criterion `{criterion}` moved from {before} to {after}",
                    criterion=criterion_id,
                    before=previous_where,
                    after=where,
                ),
            )
        if previous.text != criterion.text:
            yield Difference(
                DifferenceKind.WORDING_CHANGED,
                criterion_id,
                t("wording of criterion `{criterion}` changed", criterion=criterion_id),
            )
        yield from _target_changes(criterion_id, previous.target, criterion.target)
        if previous.due != criterion.due:
            if previous.due is None:
                sentence = t(
                    "due date of `{criterion}` set to {due} (it was the end of the plan's period)",
                    criterion=criterion_id,
                    due=criterion.due,
                )
            elif criterion.due is None:
                sentence = t(
                    "due date of `{criterion}` removed (was {due}): now the end of the plan's period",
                    criterion=criterion_id,
                    due=previous.due,
                )
            else:
                sentence = t(
                    "due date of `{criterion}` moved from {before} to {after}",
                    criterion=criterion_id,
                    before=previous.due,
                    after=criterion.due,
                )
            yield Difference(DifferenceKind.DUE_CHANGED, criterion_id, sentence)
        yield from field_changes(
            previous,
            criterion,
            t("criterion `{criterion}`", criterion=criterion_id),
            criterion_id,
            skip=("id", "text", "target", "of_which", "due"),
        )


def _target_changes(criterion_id: str, old: Any, new: Any) -> Iterator[Difference]:  # two targets of one kind
    if old.kind != new.kind:
        yield Difference(
            DifferenceKind.TARGET_KIND_CHANGED,
            criterion_id,
            t(
                "target kind of `{criterion}` changed from {before} to {after}",
                criterion=criterion_id,
                before=old.kind,
                after=new.kind,
            ),
        )
        return
    handled: tuple[str, ...] = ("kind",)
    target = t("target of `{criterion}`", criterion=criterion_id)
    if hasattr(new, "value"):
        handled += ("value",)
        yield from _number_change(criterion_id, target, old.value, new.value)
    elif isinstance(new, Range):
        handled += ("min", "max")
        if (old.min, old.max) != (new.min, new.max):
            yield Difference(
                DifferenceKind.TARGET_CHANGED,
                criterion_id,
                t(
                    "range of `{criterion}` changed from {before} to {after}",
                    criterion=criterion_id,
                    before=f"{format_number(old.min)}–{format_number(old.max)}",
                    after=f"{format_number(new.min)}–{format_number(new.max)}",
                ),
            )
    elif isinstance(new, ChangeTarget):
        handled += ("end_level", "baseline")
        if old.by is not None and new.by is not None and old.mode == new.mode:
            # Otherwise `by` and `mode` are said field by field below.
            handled += ("by",)
            yield from _number_change(criterion_id, target, old.by, new.by, new.mode)
        end_level = t("end level of `{criterion}`", criterion=criterion_id)
        yield from _number_change(criterion_id, end_level, old.end_level, new.end_level)
        yield from _baseline_changes(criterion_id, old.baseline, new.baseline)
    yield from field_changes(
        old, new, t("criterion `{criterion}`", criterion=criterion_id), criterion_id, skip=handled, prefix="target."
    )


def _with_step(number: Decimal, mode: str | None) -> str:
    """A change's step with what it is counted in: "12 percentage points", "10 per cent", or "12"."""
    amount = format_number(number)
    if mode == "percentage_points":
        return t("{amount} percentage points", amount=amount)
    if mode == "relative_percent":
        return t("{amount} per cent", amount=amount)
    return amount


def _number_change(
    criterion_id: str, subject: str, old: Decimal | None, new: Decimal | None, mode: str | None = None
) -> Iterator[Difference]:
    """A number of a target ("target of `c`", "end level of `c`": the `subject`) set, removed, raised or
    lowered; a change's step is said with what it is counted in (`mode`)."""
    if old == new:
        return
    if new is None:
        assert old is not None  # they differ
        sentence = t("{subject} removed (was {before})", subject=subject, before=_with_step(old, mode))
        yield Difference(DifferenceKind.TARGET_CHANGED, criterion_id, sentence)
        return
    if old is None:
        sentence = t("{subject} set to {after}", subject=subject, after=_with_step(new, mode))
        yield Difference(DifferenceKind.TARGET_CHANGED, criterion_id, sentence)
        return
    # The step is said once, after the new number: "raised from 10 to 12 percentage points".
    before, after = format_number(old), _with_step(new, mode)
    if new > old:
        yield Difference(
            DifferenceKind.TARGET_RAISED,
            criterion_id,
            t("{subject} raised from {before} to {after}", subject=subject, before=before, after=after),
        )
    else:
        yield Difference(
            DifferenceKind.TARGET_LOWERED,
            criterion_id,
            t("{subject} lowered from {before} to {after}", subject=subject, before=before, after=after),
        )


def _when(baseline: Any) -> str:  # Baseline
    """A baseline's date, or that the source does not state it (an undated baseline, "faldet fra 49,5 pct.")."""
    return str(baseline.date) if baseline.date is not None else t("date not stated")


def _baseline_changes(criterion_id: str, old: Any, new: Any) -> Iterator[Difference]:  # Baseline | None each
    if old == new:
        return
    if old is None or new is None:
        sentence = (
            t(
                "baseline of `{criterion}` set to {value} ({date})",
                criterion=criterion_id,
                value=format_number(new.value),
                date=_when(new),
            )
            if old is None
            else t(
                "baseline of `{criterion}` removed (was {value} ({date}))",
                criterion=criterion_id,
                value=format_number(old.value),
                date=_when(old),
            )
        )
        yield Difference(DifferenceKind.BASELINE_CHANGED, criterion_id, sentence)
        return
    if (old.value, old.date) != (new.value, new.date):
        yield Difference(
            DifferenceKind.BASELINE_CHANGED,
            criterion_id,
            t(
                "baseline of `{criterion}` changed from {before} ({before_date}) to {after} ({after_date})",
                criterion=criterion_id,
                before=format_number(old.value),
                before_date=_when(old),
                after=format_number(new.value),
                after_date=_when(new),
            ),
        )
    if old.method != new.method:
        yield Difference(
            DifferenceKind.BASELINE_CHANGED,
            criterion_id,
            t(
                "baseline method of `{criterion}` changed: figures measured the old way no longer compare",
                criterion=criterion_id,
            ),
        )
    yield from field_changes(
        old,
        new,
        t("criterion `{criterion}`", criterion=criterion_id),
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
                t("indicator `{indicator}` added: {title}", indicator=indicator_id, title=quoted(indicator.title)),
            )
        else:
            yield from field_changes(
                before[indicator_id],
                indicator,
                t("indicator `{indicator}`", indicator=indicator_id),
                indicator_id,
                skip=("id",),
            )
    for indicator_id in before:
        if indicator_id not in after:
            yield Difference(
                DifferenceKind.INDICATOR_REMOVED,
                indicator_id,
                t("indicator `{indicator}` removed", indicator=indicator_id),
            )
