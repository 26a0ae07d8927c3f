"""The parts every kind of file shares: where it comes from, a period, a waiver."""

from __future__ import annotations

from datetime import date
from typing import Literal

from ..numbers import UNIT_SYMBOLS, Unit, unit_suffix
from .fields import Model
from .types import Day, Id, Text

# Unit, with how each unit is written after a number, lives in numbers.py: that module needs
# the symbols and is imported by `tfi --version`, which must stay fast.


class Source(Model):
    """Where a file's content comes from: the municipal document and the decision behind it."""

    title: Text | None = None
    """The document's title in its own words."""
    case_no: Text | None = None
    """Sagsnr.: the case number, e.g. "2007-50025"."""
    document_no: Text | None = None
    """Dok.nr.: the document number, e.g. "2007-211490"."""
    journal_no: Text | None = None
    """J.nr.: the journal number, where the document has one."""
    date: Day | None = None
    """The document's date (YYYY-MM-DD)."""
    body: Text | None = None
    """The deciding body, e.g. "Beskæftigelses- og Integrationsudvalget"."""
    decision: Text | None = None
    """The decision reference as written, e.g. "BIU 201/2006"."""
    meeting: Text | None = None
    """The meeting or agenda item, where the source names one."""
    section: Text | None = None
    """The section of the document, e.g. "2.13 Status på TaskForce Integration"."""
    seed: Text | None = None
    """The file in the seed collection this was encoded from."""


class Period(Model):
    """A stretch of calendar days, both ends included."""

    start: Day
    """The first day (YYYY-MM-DD)."""
    end: Day
    """The last day (YYYY-MM-DD)."""


VERDICT_RULE = "verdict"
"""The rule id a waiver names to waive a criterion's verdict (`tfi verdict`), besides the rules of `tfi check`."""


class Waiver(Model):
    """An accepted exception: a finding of one rule that stays reported but does not fail the check."""

    rule: Text
    """The id of the rule waived, e.g. "capacity-balance"."""
    applies_to: Text | list[Text] = ""
    """What it covers: a JSON pointer ("/budget/lines/0/total"), the id of an area, criterion, budget line or
    measurement, or such an id followed by a pointer inside it ("budget-bidrager/total"); or a list of them.
    Empty for the whole file."""
    scope: Literal["exact", "within"] = "exact"
    """exact (the default): only findings at exactly what `applies_to` names; within: also every finding inside
    it, so a new problem of the rule anywhere inside is waived too."""
    reason: Text
    """Why the exception is accepted; cite the source document."""
    approved_by: Text | None
    """Who really approved the exception (a person or body, e.g. "BIU 25.06.2007"); null where no one has:
    the output then says the exception is unapproved."""
    recorded_by: Text | None = None
    """Who wrote the waiver down (e.g. "tfi maintainers, when encoding seed 003"), above all where no one
    approved it."""
    expires: Day | None = None
    """The last day the waiver applies (YYYY-MM-DD)."""
    language: Literal["da", "en"] = "da"
    """The language `reason` and `approved_by` are written in: da (the plans' language, the default) or en;
    a page in another language says so."""

    @property
    def targets(self) -> tuple[str, ...]:
        """What `applies_to` names, one or several, as written (stripped): `("",)` for the whole file."""
        if isinstance(self.applies_to, str):
            return (self.applies_to.strip(),)
        return tuple(target.strip() for target in self.applies_to)

    @property
    def where(self) -> str:
        """`applies_to` as messages quote it: its targets separated by commas ("" for the whole file)."""
        return ", ".join(self.targets)

    def in_force(self, day: date) -> bool:
        """Whether the waiver applies on `day`: it never expires, or expires on that day or later."""
        return self.expires is None or day <= self.expires


__all__ = ["Model", "Unit", "UNIT_SYMBOLS", "unit_suffix", "Source", "Period", "Waiver", "Id", "VERDICT_RULE"]
