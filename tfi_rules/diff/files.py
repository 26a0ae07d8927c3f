"""Comparing any two files: the changes between two versions of a plan, mandate or
measurements file, and one sentence for a file added or removed."""

from __future__ import annotations

from ..model import AnyModel, FileKind, Mandate, MeasurementFile, Plan
from ..model.walk import criterion_places
from ..numbers import format_number
from .budget import describe_budget
from .differences import Difference, DifferenceKind, quoted
from .plans import core_total, diff_plans
from .records import diff_mandates, diff_measurements

KIND_NAMES = {"plan": "a plan", "mandate": "a mandate", "measurements": "a measurements file"}


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
            f"the file changed from {KIND_NAMES[old_kind]} to {KIND_NAMES[new_kind]}",
        )
    ]


def describe_file(kind: FileKind, model: AnyModel, verb: str) -> str:
    """A file added or removed, and what it holds in a few words."""
    if isinstance(model, Plan):
        criteria = len(criterion_places(model))
        parts = [f"{len(model.areas)} areas"]
        if any(area.årsværk is not None for area in model.areas):
            parts.append(f"{format_number(core_total(model))} core årsværk")
        parts.append(f"{criteria} criteria")
        if model.budget is not None:
            parts.append(describe_budget(model.budget))
        return f"plan `{model.id}` {verb}: {quoted(model.title)}, " + ", ".join(parts)
    if isinstance(model, Mandate):
        capacity = "; ".join(
            f"{format_number(entry.årsværk)} årsværk from {entry.start.isoformat()}" for entry in model.capacity
        )
        return f"mandate `{model.id}` {verb}: {capacity}"
    return f"measurements `{model.id}` {verb}: {quoted(model.title)}, {len(model.measurements)} measurements"
