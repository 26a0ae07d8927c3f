"""The team's mandate: its capacity in årsværk over time and its main purposes.

The balance rule reads capacity from here, never from a plan, so that a pull
request cannot make an unbalanced plan pass by editing its own total.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from .base import Model, Source
from .fields import MinItems
from .types import Day, Id, NonNegativeNumber, Text


class Capacity(Model):
    """The capacity in force from a day, until the next entry or `end`."""

    start: Day
    """The first day the capacity applies (YYYY-MM-DD)."""
    end: Day | None = None
    """The last day, if the source sets one."""
    årsværk: NonNegativeNumber
    """The mandated capacity in årsværk (full-time people)."""
    decision: Text
    """The decision that sets it, e.g. "BIU 201/2006"."""
    text: Text
    """The decision in the source's words."""


class Purpose(Model):
    """One of the team's main purposes (hovedformål)."""

    id: Id
    """A short id, e.g. "barrierer"."""
    text: Text
    """The purpose in the source's words."""


class Mandate(Model):
    """The decision that set the team up, with the capacity every plan must balance against."""

    kind: Literal["mandate"]
    """The kind of file: "mandate"."""
    id: Id
    """The mandate's id, which plans name in `mandate:`."""
    title: Text
    """The mandate's title in the source's words."""
    source: Source
    """The document the mandate is encoded from."""
    capacity: Annotated[list[Capacity], MinItems(1)]
    """The capacity over time, oldest first."""
    purposes: list[Purpose] = []
    """The main purposes (hovedformål)."""
    staffing: Text | None = None
    """The staffing in the source's words (e.g. "fire rådgivere og en koordinator")."""
    notes: list[Text] = []
    """Anything else a reader should know."""

    def capacity_on(self, day: date) -> Capacity | None:
        """The capacity entry in force on a day, if any."""
        current = None
        for entry in self.capacity:
            if entry.start <= day and (entry.end is None or day <= entry.end):
                current = entry
        return current
