"""Comparing any two files: the changes between two versions of a plan, mandate or
measurements file, and one sentence for a file added or removed."""

from __future__ import annotations

from ..i18n import t
from ..model import AnyModel, FileKind, Mandate, MeasurementFile, Plan
from ..model.walk import criterion_places
from ..numbers import format_number
from .budget import describe_budget
from .differences import Difference, DifferenceKind, quoted
from .plans import core_total, diff_plans
from .records import diff_mandates, diff_measurements


def diff_models(old_kind: FileKind, old: AnyModel, new_kind: FileKind, new: AnyModel) -> list[Difference]:
    """The changes between two versions of any file; a file that changed kind says only that."""
    if isinstance(old, Plan) and isinstance(new, Plan):
        return diff_plans(old, new)
    if isinstance(old, Mandate) and isinstance(new, Mandate):
        return diff_mandates(old, new)
    if isinstance(old, MeasurementFile) and isinstance(new, MeasurementFile):
        return diff_measurements(old, new)
    return [
        Difference(
            DifferenceKind.KIND_CHANGED,
            new.id,
            t("the file changed from {before} to {after}", before=_kind_name(old_kind), after=_kind_name(new_kind)),
        )
    ]


def _kind_name(kind: FileKind) -> str:
    if kind == "plan":
        return t("a plan")
    if kind == "mandate":
        return t("a mandate")
    return t("a measurements file")


def describe_file(kind: FileKind, model: AnyModel, added: bool) -> str:
    """A file added (or, with `added` false, removed), and what it holds in a few words."""
    if isinstance(model, Plan):
        areas, criteria = len(model.areas), len(criterion_places(model))
        parts = [quoted(model.title), t("{count} area", count=areas) if areas == 1 else t("{count} areas", count=areas)]
        if any(area.årsværk is not None for area in model.areas):
            parts.append(t("{amount} core årsværk", amount=format_number(core_total(model))))
        parts.append(t("{count} criterion", count=criteria) if criteria == 1 else t("{count} criteria", count=criteria))
        if model.budget is not None:
            parts.append(describe_budget(model.budget))
        content = ", ".join(parts)
        if added:
            return t("plan `{plan}` added: {content}", plan=model.id, content=content)
        return t("plan `{plan}` removed: {content}", plan=model.id, content=content)
    if isinstance(model, Mandate):
        content = "; ".join(
            t("{amount} årsværk from {day}", amount=format_number(entry.årsværk), day=entry.start.isoformat())
            for entry in model.capacity
        )
        if added:
            return t("mandate `{mandate}` added: {content}", mandate=model.id, content=content)
        return t("mandate `{mandate}` removed: {content}", mandate=model.id, content=content)
    count = len(model.measurements)
    measurements = t("{count} measurement", count=count) if count == 1 else t("{count} measurements", count=count)
    content = ", ".join([quoted(model.title), measurements])
    if added:
        return t("measurements `{measurements}` added: {content}", measurements=model.id, content=content)
    return t("measurements `{measurements}` removed: {content}", measurements=model.id, content=content)
