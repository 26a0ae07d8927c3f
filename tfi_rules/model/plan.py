"""A work plan: focus areas with their share of the årsværk, criteria with targets, budget, waivers."""

from __future__ import annotations

from typing import Annotated, Literal, TypeGuard, TypeVar

from .base import Model, Period, Source, Unit, Waiver
from .counts import Counts
from .fields import Discriminator
from .types import (
    Day,
    Id,
    Moment,
    NonNegativeNumber,
    Number,
    Text,
    counts_not_negative_schema,
    refuse_negative_counts,
)

Direction = Literal["increase", "decrease"]
ChangeMode = Literal["percentage_points", "relative_percent"]


class Population(Model):
    """The group a share is taken of ("40 % af disse 60 foreninger")."""

    value: NonNegativeNumber | None = None
    """The size of the group, where the wording states it."""
    criterion: Id | None = None
    """The criterion of this plan whose target is the group's size."""
    text: Text | None = None
    """The group in the source's words."""


class _Threshold(Model):
    schema_extra = counts_not_negative_schema(("value",), ("min",), ("max",))

    unit: Unit
    """What the number measures: percent, count, kr or mio_kr."""
    counted: Text | None = None
    """What is counted, in Danish as in the source (e.g. "foreninger", "besøgende")."""
    population: Population | None = None
    """For a share: the group it is a share of."""
    inferred: bool = False
    """True when the wording gives a number without "mindst"/"minimum"/"højst" and the comparison was read from context."""
    approximate: bool = False
    """True when the wording qualifies the number with "ca." (it is still compared exactly)."""

    def check_values(self) -> None:
        refuse_negative_counts(self.unit, [((name,), getattr(self, name, None)) for name in ("value", "min", "max")])


class AtLeast(_Threshold):
    """At least a value: "mindst 25 projektbesøg"."""

    kind: Literal["at_least"]
    """The kind of target."""
    value: Number
    """The smallest value that meets the target."""


class AtMost(_Threshold):
    """At most a value: "kontanthjælpsgraden kommer ned på 18 pct."."""

    kind: Literal["at_most"]
    """The kind of target."""
    value: Number
    """The largest value that meets the target."""


class Exactly(_Threshold):
    """Exactly a value."""

    kind: Literal["exactly"]
    """The kind of target."""
    value: Number
    """The value that meets the target."""


class Range(_Threshold):
    """A value between two bounds, both included."""

    kind: Literal["range"]
    """The kind of target."""
    min: Number
    """The lower bound (included)."""
    max: Number
    """The upper bound (included)."""


Threshold = AtLeast | AtMost | Exactly | Range
"""A target compared with one value or between two bounds."""


def is_inferred(target: object) -> TypeGuard[Threshold]:
    """Whether a target's comparison was read from context (`inferred: true`), not from "mindst"/"højst" in
    its wording; only a threshold's can be."""
    return isinstance(target, _Threshold) and target.inferred


class Baseline(Model):
    """The starting point a change is measured from."""

    value: Number
    """The value at the start."""
    date: Moment | None = None
    """When it was measured, as precisely as the source says (2007-spring, 2008-04); leave out only when the source does not say ("faldet fra 49,5 pct."): the verdict then says the date is not stated."""
    method: Text | None = None
    """How it was measured; a figure measured another way is not comparable. Leave out only when the source does not say."""
    text: Text | None = None
    """The baseline in the source's words."""


ReadingKind = Literal["percentage_points", "relative_percent", "end_level"]


class Reading(Model):
    """One way to read a change whose wording allows more than one: "reduceres med 10 pct." as a relative
    fall or in percentage points; "øges med 10 procentpoint til ca. 64 pct." as the end level or as baseline
    + change."""

    kind: ReadingKind
    """percentage_points (baseline ± `by`), relative_percent (baseline ∓ `by` % of it) or end_level (`end_level`)."""
    text: Text | None = None
    """The source's words that support this reading."""


class Change(Model):
    """A change from a baseline: "øges med 10 procentpoint", "skal falde fra 27 pct."."""

    schema_extra = counts_not_negative_schema(("baseline", "value"), ("end_level",))

    kind: Literal["change"]
    """The kind of target."""
    direction: Direction
    """Which way is better: increase or decrease."""
    by: NonNegativeNumber | None = None
    """How much, where the wording says (leave out for "skal stige")."""
    mode: ChangeMode | None = None
    """Whether `by` is in percentage points or a relative change in per cent of the baseline."""
    baseline: Baseline | None = None
    """Where the change starts."""
    method: Text | None = None
    """The measuring method the target was set under, when the source states it but no baseline (the baseline's method counts otherwise)."""
    end_level: Number | None = None
    """The end level the wording states, if any ("til cirka 64 pct."); checked against baseline and change."""
    unit: Unit
    """What the level measures (usually percent)."""
    counted: Text | None = None
    """What is counted or measured, in the source's words."""
    approximate: bool = False
    """True when the wording says "ca."/"cirka" about the change or end level."""
    readings: list[Reading] = []
    """When the wording can be read more than one way: each reading; the verdict judges each."""

    def check_values(self) -> None:
        baseline = self.baseline.value if self.baseline is not None else None
        refuse_negative_counts(self.unit, [(("baseline", "value"), baseline), (("end_level",), self.end_level)])


class All(Model):
    """Every one of something: "deltaget i alle styregruppemøder"."""

    kind: Literal["all"]
    """The kind of target."""
    counted: Text
    """What all of must be covered, in the source's words (e.g. "styregruppemøder")."""


class Done(Model):
    """Something is done or not: a meeting held, a strategy written."""

    kind: Literal["done"]
    """The kind of target."""


class Qualitative(Model):
    """No number to compare: judged by a recorded assessment."""

    kind: Literal["qualitative"]
    """The kind of target."""
    reason: Text | None = None
    """Why the criterion has no numeric target."""


Target = Annotated[
    AtLeast | AtMost | Exactly | Range | Change | All | Done | Qualitative,
    Discriminator("kind"),
]

MeasuredBy = Literal["count", "survey", "register", "report", "attendance", "assessment", "indicator"]

DecisionAbout = Literal["reading", "measurement"]


class _Decided(Model):
    """Who decided a standing question, when, and on what grounds."""

    by: Text
    """Who decided."""
    on: Day
    """When (YYYY-MM-DD)."""
    note: Text | None = None
    """What the decision rests on, e.g. where in the source."""


class Decision(_Decided):
    """A standing question about a criterion, decided by a person, so that `tfi check` stops asking it."""

    about: DecisionAbout
    """"reading": the comparison read from context (`inferred: true`) is confirmed against the source;
    "measurement": the source does not say how the criterion is measured."""


class AreaDecision(_Decided):
    """A standing question about a focus area, decided by a person, so that `tfi check` stops asking it."""

    about: Literal["criteria"]
    """"criteria": the source gives the area no success criteria (none is invented)."""


DecisionT = TypeVar("DecisionT", Decision, AreaDecision)


def _decided(decisions: list[DecisionT], about: str) -> DecisionT | None:
    return next((decision for decision in decisions if decision.about == about), None)


class Criterion(Model):
    """A success criterion (succeskriterium): the Danish wording and a target a program can judge."""

    id: Id
    """Unique within the plan, e.g. "intdag-foreninger"."""
    text: Text
    """The criterion in the source's own Danish words."""
    target: Target
    """The machine-readable target."""
    of_which: list[Criterion] = []
    """Sub-criteria ("hvoraf") that must fit inside this one."""
    due: Moment | None = None
    """When the target must be met, if not by the end of the plan's period."""
    measured_by: MeasuredBy | None = None
    """How it is measured: count, survey, register, report, attendance, assessment or indicator."""
    indicator: Id | None = None
    """The indicator whose measurements judge this criterion."""
    counts: Counts | None = None
    """What the target counts (population, numerator, scale, period), closely enough to tell a measurement of
    something else: where a measurement records a part differently, the verdict says "not comparable"."""
    source: Source | None = None
    """Where the criterion is stated, when not in the plan's own source document."""
    note: Text | None = None
    """Anything a reader should know about the encoding."""
    decisions: list[Decision] = []
    """Standing questions decided by a person (a reading confirmed, a method the source does not give)."""

    def decided(self, about: str) -> Decision | None:
        """The decision about `about` ("reading" or "measurement"), if one is recorded."""
        return _decided(self.decisions, about)


class Split(Model):
    """A part of an area's allocation earmarked for one task."""

    title: Text
    """The task, e.g. "Helhedsplanen i Mjølnerparken"."""
    hours_per_week: NonNegativeNumber | None = None
    """Hours a week (37 is one full-time person)."""
    årsværk: NonNegativeNumber | None = None
    """Or: årsværk (full-time people)."""
    text: Text | None = None
    """The split in the source's words."""


class Funding(Model):
    """Who pays for an area's årsværk."""

    source: Literal["core", "other"] = "core"
    """"core" counts against the team's mandated capacity; "other" is paid from elsewhere."""
    reference: Text | None = None
    """For "other": the decision or budget that pays (required by the rules)."""


class Area(Model):
    """A focus area (hovedområde, indsatsområde, delopgave) with its share of the capacity."""

    id: Id
    """Unique within the plan, e.g. "helhedsplaner"."""
    title: Text
    """The area's title in the source's words."""
    årsværk: NonNegativeNumber | None = None
    """Full-time people for the plan's period, exact (1.5 for "1½")."""
    årsværk_text: Text | None = None
    """The allocation in the source's words, e.g. "ressourcer svarende til 1½ årsværk"."""
    funding: Funding = Funding()
    """Whether the årsværk come from the core capacity (the default) or elsewhere."""
    splits: list[Split] = []
    """Earmarked parts of the allocation (e.g. 22 hours a week to Mjølnerparken)."""
    activities: list[Text] = []
    """Activities (aktiviteter) in the source's words."""
    criteria: list[Criterion] = []
    """Success criteria of the area."""
    note: Text | None = None
    """Anything a reader should know about the encoding."""
    decisions: list[AreaDecision] = []
    """Standing questions decided by a person (the source gives the area no success criteria)."""

    def decided(self, about: str) -> AreaDecision | None:
        """The decision about `about` ("criteria"), if one is recorded."""
        return _decided(self.decisions, about)


class Indicator(Model):
    """A measured quantity that criteria read, e.g. a line of the Integrationsbarometer."""

    id: Id
    """Unique across the repository, e.g. "beskaeftigelse-indvandrere"."""
    title: Text
    """The indicator in the source's words."""
    unit: Unit
    """What it measures."""
    method: Text | None = None
    """How it is measured (the current method)."""
    source: Text | None = None
    """Where its figures are published."""


class BudgetTotal(Model):
    """A stated total: one amount, or one per column, and optionally across columns."""

    amount: NonNegativeNumber | None = None
    """The amount, when the budget has no columns."""
    amounts: list[Number | None] | None = None
    """One amount per column; null where the source has "-"."""
    total: Number | None = None
    """The stated total across the columns."""
    text: Text | None = None
    """The total's label in the source, e.g. "I ALT"."""


class BudgetLine(BudgetTotal):
    """A line of a budget; a line with `lines` is a subtotal of them."""

    id: Id
    """Unique within the budget."""
    number: Text | None = None
    """The line's number in the source table, e.g. "2.1"."""
    title: Text
    """The line's title in the source's words."""
    funding: Text | None = None
    """Where the money comes from, e.g. "Den Tværgående Integrationspulje"."""
    lines: list[BudgetLine] = []
    """The lines this line is the subtotal of."""


class Budget(Model):
    """Budget lines in kroner or millions of kroner, exact."""

    unit: Literal["kr", "mio_kr"]
    """The unit of every amount: kr or mio_kr."""
    columns: list[Text] = []
    """Column headings (e.g. years), when lines have one amount per column."""
    lines: list[BudgetLine]
    """The budget's lines."""
    total: BudgetTotal | None = None
    """The stated grand total, if the source gives one."""
    text: Text | None = None
    """The budget's heading in the source's words."""


class Plan(Model):
    """A yearly work plan (arbejdsplan / program) or a set of policy goals."""

    kind: Literal["plan"]
    """The kind of file: "plan"."""
    id: Id
    """The plan's id; by convention the file's name, e.g. "2007-h2"."""
    title: Text
    """The plan's title in the source's words."""
    document_kind: Literal["arbejdsplan", "program", "indstilling", "statusredegørelse"]
    """The kind of source document."""
    mandate: Id | None = None
    """The id of the mandate whose capacity the plan spends; leave out for goals without capacity."""
    source: Source
    """The document the plan is encoded from."""
    period: Period
    """The plan's period."""
    target_groups: list[Text] = []
    """Target groups (målgrupper) in the source's words."""
    areas: list[Area]
    """The plan's focus areas."""
    indicators: list[Indicator] = []
    """Indicators the plan's criteria read."""
    budget: Budget | None = None
    """The plan's budget lines."""
    waivers: list[Waiver] = []
    """Accepted exceptions to rules, each with a reason and an approver."""
    notes: list[Text] = []
    """Anything else a reader should know."""


__all__ = [
    "Plan",
    "Area",
    "Criterion",
    "Target",
    "AtLeast",
    "AtMost",
    "Exactly",
    "Range",
    "Change",
    "All",
    "Done",
    "Qualitative",
    "Baseline",
    "Reading",
    "Population",
    "Split",
    "Funding",
    "Indicator",
    "Budget",
    "BudgetLine",
    "BudgetTotal",
    "Waiver",
]
