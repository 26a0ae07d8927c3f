"""What rules may know beyond the file they check: the mandates, plans and indicators
seen so far, and the configuration. Kept small so that many files can stream through."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Iterator

from .config import Config
from .model.mandate import Mandate
from .model.plan import Criterion, Indicator, Plan, Target


@dataclass(frozen=True)
class CriterionEntry:
    """What measurement rules need of a criterion; not the plan or the wording, so that the
    index stays small when thousands of plans stream through."""

    plan_id: str
    target: Target
    pointer: str


@dataclass
class Context:
    config: Config = field(default_factory=Config)
    current_file: str = ""  # the file whose rules are running
    today: date = field(default_factory=date.today)
    mandates: dict[str, Mandate] = field(default_factory=dict)
    criteria: dict[str, CriterionEntry] = field(default_factory=dict)  # "plan-id/criterion-id"
    indicators: dict[str, Indicator] = field(default_factory=dict)
    # First file that used an id, for the cross-file uniqueness and reference rules.
    plan_files: dict[str, str] = field(default_factory=dict)
    indicator_files: dict[str, str] = field(default_factory=dict)
    measurement_files: dict[str, str] = field(default_factory=dict)

    def add_measurement_ids(self, ids: list[str], path: str) -> None:
        for measurement_id in ids:
            self.measurement_files.setdefault(measurement_id, path)

    def add_plan(self, plan: Plan, path: str) -> None:
        self.plan_files.setdefault(plan.id, path)
        for criterion, pointer in iter_criteria(plan):
            self.criteria.setdefault(f"{plan.id}/{criterion.id}", CriterionEntry(plan.id, criterion.target, pointer))
        for indicator in plan.indicators:
            self.indicators.setdefault(indicator.id, indicator)
            self.indicator_files.setdefault(indicator.id, path)


def iter_criteria(plan: Plan) -> Iterator[tuple[Criterion, str]]:
    """Every criterion of a plan, sub-criteria included, with its JSON pointer."""
    for area_index, area in enumerate(plan.areas):
        yield from _walk_criteria(area.criteria, f"/areas/{area_index}/criteria")


# Module level, not a closure: a recursive closure is a reference cycle (function ↔ cell)
# that outlives each call while `tfi check` pauses the cyclic GC (11,000 of them at 1,000 plans).
def _walk_criteria(criteria: list[Criterion], prefix: str) -> Iterator[tuple[Criterion, str]]:
    for index, criterion in enumerate(criteria):
        pointer = f"{prefix}/{index}"
        yield criterion, pointer
        yield from _walk_criteria(criterion.of_which, pointer + "/of_which")
