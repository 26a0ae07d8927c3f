"""Walking a file's trees: every criterion (sub-criteria included), every budget line, and what a waiver covers.

One walk for everyone: the rules, the check pipeline, the verdict, the diff and the
report all see the criteria in the same order (an area's criteria in the file's
order, each followed by its sub-criteria) with the same JSON pointers.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import NamedTuple

from ..last import keep_last
from .base import Waiver
from .measurements import MeasurementFile
from .plan import Area, BudgetLine, Criterion, Plan


class Place(NamedTuple):
    """Where a criterion stands in its plan."""

    criterion: Criterion
    pointer: str  # its JSON pointer, "/areas/0/criteria/1/of_which/0"
    area: Area
    parent: Criterion | None  # the criterion it is a sub-criterion of
    depth: int  # 0 for an area's criterion, 1 for its sub-criteria, ...


@keep_last()
def criterion_places(plan: Plan) -> list[Place]:
    """Every criterion of a plan, each followed by its sub-criteria, with where it stands.

    A dozen rules walk the same plan one after another; the walk of the last plan
    asked for is kept (one plan, held until the next is asked for).
    """
    places: list[Place] = []
    for area_index, area in enumerate(plan.areas):
        _walk(area.criteria, f"/areas/{area_index}/criteria", area, None, 0, places)
    return places


# Module level, not a closure: a recursive closure is a reference cycle (function ↔ cell)
# that outlives each call while `tfi check` pauses the cyclic GC (11,000 of them at 1,000 plans).
def _walk(
    criteria: list[Criterion], prefix: str, area: Area, parent: Criterion | None, depth: int, places: list[Place]
) -> None:
    for index, criterion in enumerate(criteria):
        pointer = f"{prefix}/{index}"
        places.append(Place(criterion, pointer, area, parent, depth))
        _walk(criterion.of_which, pointer + "/of_which", area, criterion, depth + 1, places)


def iter_criteria(plan: Plan) -> Iterator[tuple[Criterion, str]]:
    """Every criterion of a plan, sub-criteria included, with its JSON pointer."""
    return ((place.criterion, place.pointer) for place in criterion_places(plan))


def budget_lines(lines: list[BudgetLine], prefix: str = "/budget/lines") -> Iterator[tuple[BudgetLine, str]]:
    """Every line of a budget, each followed by the lines it is the subtotal of, with its JSON pointer."""
    for index, line in enumerate(lines):
        pointer = f"{prefix}/{index}"
        yield line, pointer
        yield from budget_lines(line.lines, pointer + "/lines")


def named_pointers(model: object) -> dict[str, str]:
    """Every id a waiver may name (areas, criteria, budget lines, measurements) with its
    JSON pointer; where an id is used twice the first wins (unique-ids reports the second)."""
    found: dict[str, str] = {}
    if isinstance(model, Plan):
        places = iter(criterion_places(model))
        place = next(places, None)
        for index, area in enumerate(model.areas):
            found.setdefault(area.id, f"/areas/{index}")
            while place is not None and place.area is area:
                found.setdefault(place.criterion.id, place.pointer)
                place = next(places, None)
        if model.budget is not None:
            for line, pointer in budget_lines(model.budget.lines):
                found.setdefault(line.id, pointer)
    elif isinstance(model, MeasurementFile):
        for index, measurement in enumerate(model.measurements):
            found.setdefault(measurement.id, f"/measurements/{index}")
    return found


def scopes_of(waivers: Sequence[Waiver], model: object) -> list[list[str | None]]:
    """For each of a file's waivers, the JSON pointer of each thing its `applies_to` names; None for one that
    names nothing in the file. The places a waiver may name are walked at most once for all the waivers.

    A target is a JSON pointer ("/budget/total/total"), an id ("budget-bidrager"), an id followed by a pointer
    inside what it names ("budget-bidrager/amounts/1"), or empty for the whole file ("").
    """
    named: dict[str, str] | None = None
    found: list[list[str | None]] = []
    for waiver in waivers:
        scopes: list[str | None] = []
        for target in waiver.targets:
            if target == "" or target.startswith("/"):
                scopes.append(target.rstrip("/") if target != "/" else "")
                continue
            if named is None:
                named = named_pointers(model)
            name, _, inside = target.partition("/")
            base = named.get(name)
            inside = inside.rstrip("/")
            scopes.append(None if base is None else f"{base}/{inside}" if inside else base)
        found.append(scopes)
    return found


def covers(scope: str, pointer: str, within: bool = True) -> bool:
    """Whether a waiver's scope (a JSON pointer) covers the thing at `pointer`: the thing itself, and with
    `within` everything inside it; the empty scope is the whole file."""
    return scope == "" or pointer == scope or (within and pointer.startswith(scope + "/"))


def waiver_covers(waiver: Waiver, scopes: list[str | None], pointer: str) -> bool:
    """Whether a waiver, with the scopes `scopes_of` found for it, covers the thing at `pointer`."""
    within = waiver.scope == "within"
    return any(scope is not None and covers(scope, pointer, within) for scope in scopes)
