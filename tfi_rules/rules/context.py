"""What rules may know beyond the file they check: the mandates, plans and indicators
seen so far, and the configuration. Kept small so that many files can stream through."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple

from ..config import Config
from ..model.counts import Counts
from ..model.mandate import Mandate
from ..model.plan import Plan, Target
from ..model.walk import iter_criteria

__all__ = ["Context", "CriterionEntry", "iter_criteria"]  # the walk, for the rules


class CriterionEntry(NamedTuple):
    """What measurement rules need of a criterion: the unit of its target, the method of its
    baseline and what it counts. Not the plan, the wording or the target itself, so that the index
    stays small when thousands of plans stream through (entries that agree are one shared object)."""

    unit: str | None
    baseline_method: str | None
    counts: Counts | None = None

    @classmethod
    def of(cls, target: Target, counts: Counts | None = None) -> CriterionEntry:
        baseline = getattr(target, "baseline", None)
        entry = cls(getattr(target, "unit", None), baseline.method if baseline is not None else None, counts)
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
    # Every rule's id, for the rules about waivers (a waiver names a rule); the check fills it in.
    rule_ids: frozenset[str] = frozenset()
    # The current file's waivers (by index) that covered a finding, for the rules that run after them.
    used_waivers: frozenset[int] = frozenset()
    # Of the others, those with unwaived findings of their rule inside what they name (by index): their pointers.
    inside_unused_waivers: dict[int, tuple[str, ...]] = field(default_factory=dict)

    def add_measurement_ids(self, ids: list[str], path: str) -> None:
        for measurement_id in ids:
            self.measurement_files.setdefault(measurement_id, path)

    def add_plan(self, plan: Plan, path: str) -> None:
        self.plan_files.setdefault(plan.id, path)
        for criterion, _pointer in iter_criteria(plan):
            self.criteria.setdefault(f"{plan.id}/{criterion.id}", CriterionEntry.of(criterion.target, criterion.counts))
        for indicator in plan.indicators:
            self.indicators.setdefault(indicator.id, indicator.unit)
            self.indicator_files.setdefault(indicator.id, path)
