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
        return cls(getattr(target, "unit", None), baseline.method if baseline is not None else None, counts)


# A plan's criteria in the index, as one ASCII string: their ids joined by slashes, a newline, then the
# numbers of their entries in the index's list of entries (`_numbers`). Ids hold neither a slash nor a
# newline (model/types.ID_PATTERN), so the first newline ends the ids.
_EMPTY = ""
_DIGIT = 128  # a number is written in base 128, a character a digit: the string stays ASCII, a byte a character


def _split(table: str) -> tuple[list[str], str]:
    """A table's ids and its entries' numbers (`_numbers`)."""
    ids, _, numbers = table.partition("\n")
    return (ids.split("/") if numbers else []), numbers


def _numbers(numbers: list[int]) -> str:
    """The numbers as one string: the width of a number in digits, then each number in that many digits.
    One character a number would do, but one past 127 would make the whole string, ids too, 2 or 4
    bytes a character, and every criterion's entry can be its own (each records what it counts)."""
    width = 1
    while max(numbers) >= _DIGIT**width:
        width += 1
    digits = range((width - 1) * 7, -1, -7)
    return chr(width) + "".join(chr((number >> shift) % _DIGIT) for number in numbers for shift in digits)


def _number(numbers: str, position: int) -> int:
    """The `position`-th number of a `_numbers` string."""
    width = ord(numbers[0])
    number = 0
    for digit in numbers[1 + position * width : 1 + (position + 1) * width]:
        number = number * _DIGIT + ord(digit)
    return number


class CriteriaIndex:
    """Every plan's criteria, asked by "plan-id/criterion-id" (`in`, `get`) or by plan (`of_plan`).

    Compact, as it grows with every plan of a check: per plan one string (`_split`), rather than a key
    string and a dict slot per criterion, or a tuple of the joined ids and a tuple of entries; the
    entries that agree are one object, numbered in the order first seen, and plans whose criteria agree
    in ids and entries share one string. A reference splits at its first slash. The first plan to
    declare a criterion wins, as with a dict's setdefault.

    On bench/corpus.py's copies of plans/2011.yaml with ids of their own (19 criteria a plan), a plan's
    table is 640 bytes (its ids and entries) where the two tuples took 867; tracemalloc at 4,000 plans.
    A lookup splits the plan's ids again. Measured on bench/corpus.py's 1,000 plans (13 criteria a
    plan; the repository's largest has 36): 34,029 lookups a check, the splitting about 25-30 ms of a
    check of 7-9 s on 2 busy cores, so it is kept for the memory it saves; reading the entry's number
    from the string made a lookup 1.07 µs where the tuple's took 0.80 (19 criteria a plan, best of 7),
    about 9 ms more for those lookups.
    """

    def __init__(self) -> None:
        self._plans: dict[str, str] = {}
        self._shared: dict[str, str] = {}
        self._entries: list[CriterionEntry] = []  # by their numbers in the tables
        self._numbers: dict[CriterionEntry, int] = {}  # entry → its number

    def add(self, plan_id: str, criteria: list[tuple[str, CriterionEntry]]) -> None:
        ids, numbers = _split(self._plans.get(plan_id, _EMPTY))
        entries = [_number(numbers, position) for position in range(len(ids))]
        seen = set(ids)
        for criterion_id, entry in criteria:
            if criterion_id not in seen:
                seen.add(criterion_id)
                ids.append(criterion_id)
                entries.append(self._number(entry))
        table = "/".join(ids) + "\n" + _numbers(entries) if ids else _EMPTY
        self._plans[plan_id] = self._shared.setdefault(table, table)

    def _number(self, entry: CriterionEntry) -> int:
        number = self._numbers.get(entry)
        if number is None:
            number = self._numbers[entry] = len(self._entries)
            self._entries.append(entry)
        return number

    def get(self, reference: str) -> CriterionEntry | None:
        """The entry of "plan-id/criterion-id" (None if there is no such criterion)."""
        plan_id, _, criterion_id = reference.partition("/")
        ids, numbers = _split(self._plans.get(plan_id, _EMPTY))
        try:
            return self._entries[_number(numbers, ids.index(criterion_id))]
        except ValueError:
            return None

    def __contains__(self, reference: object) -> bool:
        return isinstance(reference, str) and self.get(reference) is not None

    def of_plan(self, plan_id: str) -> list[str]:
        """The ids of the plan's criteria, in the order they were added ([] for a plan never added)."""
        return _split(self._plans.get(plan_id, _EMPTY))[0]

    def __iter__(self) -> Iterator[str]:
        """Every "plan-id/criterion-id", plan by plan in the order they were added."""
        for plan_id, table in self._plans.items():
            for criterion_id in _split(table)[0]:
                yield f"{plan_id}/{criterion_id}"

    def __len__(self) -> int:
        return sum(len(_split(table)[0]) for table in self._plans.values())


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
