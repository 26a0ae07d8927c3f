"""What a figure counts: the quantity a criterion's target and a measurement are about, so that the tool can
tell when a measurement does not answer the criterion it is linked to (issue 14 item 2)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from .base import Model
from .types import Id, Moment, Text, moment_interval


class Term(Model):
    """One side of what a figure counts: a short key, compared exactly, and the source's words."""

    id: Id
    """A short key for the thing counted, e.g. "kontanthjaelpsmodtagere-med-jobplan"; two figures count the
    same thing only when their keys are the same."""
    text: Text | None = None
    """The same in the source's words ("de kontanthjælpsmodtagere ..., som har fået en jobplan")."""


class Counts(Model):
    """What a figure counts, recorded alike on a criterion and on a measurement; where both record a part and
    the parts differ, the measurement does not answer the criterion (the verdict says "not comparable")."""

    population: Term | None = None
    """Who or what is counted, or, for a share, the whole it is a share of (the denominator)."""
    numerator: Term | None = None
    """For a share: which of the population are counted ("have påbegyndt eller afsluttet et tilbud")."""
    scale: Term | None = None
    """For a survey: which answers count ("stor tilfredshed eller tilfredshed")."""
    period: Moment | None = None
    """The span the figure covers (2008, 2009-Q1). A measurement's span must lie within its criterion's: one
    from before it (a base year) is a baseline, not a result."""


DerivationKind = Literal["count", "new", "difference", "sum"]


class Derivation(Model):
    """How a figure the source does not print was worked out from what it does print."""

    how: DerivationKind
    """count: the number of `names`; new: the number of `names` that are not `among` the earlier ones;
    difference: the first measurement of `of` less the second; sum: the measurements of `of` added up."""
    of: list[Id] = []
    """The measurements (in the same file) the figure is worked out from (difference, sum)."""
    names: list[Text] = []
    """For a count (or new): the names counted, in the source's words (each once)."""
    among: list[Text] = []
    """For new: the earlier names; a name of `names` not among them is new."""
    text: Text | None = None
    """The source's words the derivation rests on."""


CountsPart = Literal["unit", "population", "numerator", "scale", "period"]
TERM_PARTS: tuple[CountsPart, ...] = (
    "population",
    "numerator",
    "scale",
)  # the parts of Counts that are a Term, compared by key


@dataclass(frozen=True)
class Difference:
    """One way a measurement counts something other than its criterion: the part, and each side as written."""

    part: CountsPart
    measured: str
    wanted: str
    earlier: bool = False  # the period: the measurement's span ends before the criterion's begins (a base year)


def said(term: Term) -> str:
    """A term as messages quote it: the source's words, else its key."""
    return term.text or term.id


def counts_differences(
    wanted: Counts | None, wanted_unit: str | None, measured: Counts | None, measured_unit: str | None, date: str
) -> list[Difference]:
    """Where a measurement (`measured`, in `measured_unit`, describing `date`) counts something other than what
    its criterion's target counts (`wanted`, in `wanted_unit`). A part only one side records is no difference:
    `tfi check` (measurement-comparable) asks for it."""
    found: list[Difference] = []
    if wanted_unit is not None and measured_unit is not None and wanted_unit != measured_unit:
        found.append(Difference("unit", measured_unit, wanted_unit))
    if wanted is None:
        return found
    mine = measured or Counts()
    for part in TERM_PARTS:
        theirs, ours = getattr(wanted, part), getattr(mine, part)
        if theirs is not None and ours is not None and theirs.id != ours.id:
            found.append(Difference(part, said(ours), said(theirs)))
    if wanted.period is not None:
        span = mine.period or date
        first, last = moment_interval(span)
        start, end = moment_interval(wanted.period)
        if not (start <= first and last <= end):
            found.append(Difference("period", span, wanted.period, earlier=last < start))
    return found
