"""What rules may know beyond the file they check: the mandates, plans and indicators
seen so far, and the configuration. Kept small so that many files can stream through."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple

from ..config import Config
from ..model.mandate import Mandate
from ..model.plan import Criterion, Plan, Target


class CriterionEntry(NamedTuple):
    """What measurement rules need of a criterion: the unit of its target and the method of
    its baseline. Not the plan, the wording or the target itself, so that the index stays
    small when thousands of plans stream through (entries that agree are one shared object)."""

    unit: str | None
    baseline_method: str | None

    @classmethod
    def of(cls, target: Target) -> CriterionEntry:
        baseline = getattr(target, "baseline", None)
        entry = cls(getattr(target, "unit", None), baseline.method if baseline is not None else None)
        return _SHARED_ENTRIES.setdefault(entry, entry)


_SHARED_ENTRIES: dict[CriterionEntry, CriterionEntry] = {}


@dataclass
class Context:
    config: Config = field(default_factory=Config)
    current_file: str = ""  # the file whose rules are running
    today: date = field(default_factory=date.today)
    mandates: dict[str, Mandate] = field(default_factory=dict)
    criteria: dict[str, CriterionEntry] = field(default_factory=dict)  # "plan-id/criterion-id"
    indicators: dict[str, str] = field(default_factory=dict)  # indicator id → its unit
    # First file that used an id, for the cross-file uniqueness and reference rules.
    plan_files: dict[str, str] = field(default_factory=dict)
    indicator_files: dict[str, str] = field(default_factory=dict)
    measurement_files: dict[str, str] = field(default_factory=dict)

    def add_measurement_ids(self, ids: list[str], path: str) -> None:
        for measurement_id in ids:
            self.measurement_files.setdefault(measurement_id, path)

    def add_plan(self, plan: Plan, path: str) -> None:
        self.plan_files.setdefault(plan.id, path)
        for criterion, _pointer in iter_criteria(plan):
            self.criteria.setdefault(f"{plan.id}/{criterion.id}", CriterionEntry.of(criterion.target))
        for indicator in plan.indicators:
            self.indicators.setdefault(indicator.id, indicator.unit)
            self.indicator_files.setdefault(indicator.id, path)


def iter_criteria(plan: Plan) -> Iterator[tuple[Criterion, str]]:
    """Every criterion of a plan, sub-criteria included, with its JSON pointer.

    A dozen rules walk the same plan one after another; the walk of the last plan
    asked for is kept (one plan, held until the next is asked for).
    """
    global _last_walk
    if _last_walk is None or _last_walk[0] is not plan:
        walk = [
            entry
            for area_index, area in enumerate(plan.areas)
            for entry in _walk_criteria(area.criteria, f"/areas/{area_index}/criteria")
        ]
        _last_walk = (plan, walk)
    return iter(_last_walk[1])


_last_walk: tuple[Plan, list[tuple[Criterion, str]]] | None = None


# Module level, not a closure: a recursive closure is a reference cycle (function ↔ cell)
# that outlives each call while `tfi check` pauses the cyclic GC (11,000 of them at 1,000 plans).
def _walk_criteria(criteria: list[Criterion], prefix: str) -> Iterator[tuple[Criterion, str]]:
    for index, criterion in enumerate(criteria):
        pointer = f"{prefix}/{index}"
        yield criterion, pointer
        yield from _walk_criteria(criterion.of_which, pointer + "/of_which")
