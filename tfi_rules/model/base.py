"""The base of every model: strict about unknown keys, documented field by field."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict

from ..numbers import UNIT_SYMBOLS, Unit, unit_suffix
from .types import Day, Id, Text


class Model(BaseModel):
    """A part of a TFI file. Unknown keys are errors: a misspelt key must not vanish."""

    # Field docstrings become the JSON Schema descriptions that editors show on hover.
    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        use_attribute_docstrings=True,
        populate_by_name=False,
        defer_build=True,
    )


# Unit, with how each unit is written after a number, lives in numbers.py: that module needs
# the symbols and must not import pydantic (`tfi --version` stays fast).


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


class Waiver(Model):
    """An accepted exception: a finding of one rule that stays reported but does not fail the check."""

    rule: Text
    """The id of the rule waived, e.g. "capacity-balance"."""
    applies_to: Text = ""
    """What it covers: a JSON pointer ("/areas/0") or the id of an area, criterion or budget line; empty for the whole file."""
    reason: Text
    """Why the exception is accepted; cite the source document."""
    approved_by: Text
    """Who accepted it."""
    expires: Day | None = None
    """The last day the waiver applies (YYYY-MM-DD)."""
    language: Literal["da", "en"] = "da"
    """The language `reason` and `approved_by` are written in: da (the plans' language, the default) or en;
    a page in another language says so."""

    def in_force(self, day: date) -> bool:
        """Whether the waiver applies on `day`: it never expires, or expires on that day or later."""
        return self.expires is None or day <= self.expires


__all__ = ["Model", "Unit", "UNIT_SYMBOLS", "unit_suffix", "Source", "Period", "Waiver", "Id"]
