"""What rules may know beyond the file they check: the mandates, plans and indicators
seen so far, and the configuration. Kept small so that many files can stream through."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple

from ..config import Config
from ..model.counts import Counts
from ..model.mandate import Mandate
from ..model.plan import Plan, Target
from ..model.walk import iter_criteria

__all__ = ["Context", "CriteriaIndex", "CriterionEntry", "iter_criteria"]  # the walk, for the rules


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

# A plan's criteria in the index: their ids joined by slashes (one string) and their entries, in order.
_Table = tuple[str, tuple[CriterionEntry, ...]]
_EMPTY: _Table = ("", ())


def _ids(table: _Table) -> list[str]:
    return table[0].split("/") if table[1] else []


class CriteriaIndex:
    """Every plan's criteria, asked by "plan-id/criterion-id" (`in`, `get`) or by plan (`of_plan`).

    Compact, as it grows with every plan of a check: per plan one table, the criterion ids joined into
    one string (ids hold no slash: model/types.ID_PATTERN) and a tuple of their shared entries, rather
    than a key string and a dict slot per criterion; plans whose criteria agree in ids and entries
    share one table. A reference splits at its first slash. The first plan to declare a criterion
    wins, as with a dict's setdefault.

    A lookup splits the plan's joined ids again. Measured on bench/corpus.py's 1,000 plans (13 criteria a
    plan; the repository's largest has 36): 34,029 lookups a check, the splitting about 25-30 ms of a
    check of 7-9 s on 2 busy cores, so it is kept for the memory it saves.
    """

    def __init__(self) -> None:
        self._plans: dict[str, _Table] = {}
        self._shared: dict[_Table, _Table] = {}

    def add(self, plan_id: str, criteria: list[tuple[str, CriterionEntry]]) -> None:
        table = self._plans.get(plan_id, _EMPTY)
        ids, entries = _ids(table), list(table[1])
        seen = set(ids)
        for criterion_id, entry in criteria:
            if criterion_id not in seen:
                seen.add(criterion_id)
                ids.append(criterion_id)
                entries.append(entry)
        table = ("/".join(ids), tuple(entries))
        self._plans[plan_id] = self._shared.setdefault(table, table)

    def get(self, reference: str) -> CriterionEntry | None:
        """The entry of "plan-id/criterion-id" (None if there is no such criterion)."""
        plan_id, _, criterion_id = reference.partition("/")
        table = self._plans.get(plan_id, _EMPTY)
        try:
            return table[1][_ids(table).index(criterion_id)]
        except ValueError:
            return None

    def __contains__(self, reference: object) -> bool:
        return isinstance(reference, str) and self.get(reference) is not None

    def of_plan(self, plan_id: str) -> list[str]:
        """The ids of the plan's criteria, in the order they were added ([] for a plan never added)."""
        return _ids(self._plans.get(plan_id, _EMPTY))

    def __iter__(self) -> Iterator[str]:
        """Every "plan-id/criterion-id", plan by plan in the order they were added."""
        for plan_id, table in self._plans.items():
            for criterion_id in _ids(table):
                yield f"{plan_id}/{criterion_id}"

    def __len__(self) -> int:
        return sum(len(entries) for _names, entries in self._plans.values())


@dataclass
class Context:
    config: Config = field(default_factory=Config)
    current_file: str = ""  # the file whose rules are running
    today: date = field(default_factory=date.today)
    mandates: dict[str, Mandate] = field(default_factory=dict)
    criteria: CriteriaIndex = field(default_factory=CriteriaIndex)  # by "plan-id/criterion-id"
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
        self.criteria.add(
            plan.id,
            [
                (criterion.id, CriterionEntry.of(criterion.target, criterion.counts))
                for criterion, _pointer in iter_criteria(plan)
            ],
        )
        for indicator in plan.indicators:
            self.indicators.setdefault(indicator.id, sys.intern(indicator.unit))
            self.indicator_files.setdefault(indicator.id, path)
