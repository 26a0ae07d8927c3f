"""Recorded results: what was measured, against which indicator or criterion, and how."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from ..i18n import t
from .base import Model, Source, Unit, Waiver
from .counts import Counts, Derivation
from .fields import Converter
from .types import Count, Id, Moment, Number, Text, counts_not_negative_schema, invalid, refuse_negative_counts

CRITERION_REF_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*/[a-z0-9]+(-[a-z0-9]+)*$"


def _criterion_ref(value: Any) -> str:
    import re

    if isinstance(value, str) and re.match(CRITERION_REF_PATTERN, value):
        return value
    raise invalid(
        "tfi_criterion_ref",
        t("expected a criterion reference such as '2007-h2/tilfredshed', found '{found}'", found=value),
        t("write the plan's id, a slash, and the criterion's id"),
    )


CriterionRef = Annotated[str, Converter(_criterion_ref, {"type": "string", "pattern": CRITERION_REF_PATTERN})]


class Part(Model):
    """One part of a measured figure (e.g. requisitions per challenge)."""

    label: Text
    """The part's label in the source's words."""
    value: Number
    """The part's value."""


class Measurement(Model):
    """One recorded figure or assessment, as the source reports it."""

    schema_extra = counts_not_negative_schema(("value",))

    id: Id
    """Unique across all measurement files."""
    text: Text
    """The figure in the source's own Danish words."""
    indicator: Id | None = None
    """The indicator measured, if any."""
    criterion: CriterionRef | None = None
    """The criterion this reports on, as "plan-id/criterion-id"; naming it lets a figure from after the plan's period count."""
    value: Number | None = None
    """The figure (in `unit`)."""
    numerator: Count | None = None
    """For a share: how many (35 of 36 → 35)."""
    denominator: Count | None = None
    """For a share: of how many (35 of 36 → 36)."""
    done: bool | None = None
    """For a done/not-done criterion: whether it was done."""
    assessment: Text | None = None
    """For a qualitative criterion: the recorded assessment."""
    unit: Unit | None = None
    """What the figure measures: percent, count, kr or mio_kr."""
    counted: Text | None = None
    """What is counted, in the source's words."""
    counts: Counts | None = None
    """What the figure counts (population, numerator, scale, period), as its criterion records it: where they
    differ, the figure does not answer the criterion and the verdict says "not comparable"."""
    derived: Derivation | None = None
    """For a figure the source does not print but that follows from what it prints (names counted, two figures
    subtracted): how; `tfi check` recomputes it."""
    date: Moment
    """The moment the figure describes (2008-08, 2008, 2007-spring)."""
    date_basis: Literal["stated", "report"] = "stated"
    """"stated" when the source dates the figure; "report" when it does not and `date` is the report's own time."""
    method: Text | None = None
    """How it was measured; compared only with targets set under the same method."""
    parts: list[Part] = []
    """A breakdown of the figure, which must add up to it."""
    source: Source | None = None
    """Where the figure is reported, when not in the file's own source."""
    note: Text | None = None
    """Anything a reader should know about the encoding."""

    def check_values(self) -> None:
        refuse_negative_counts(self.unit, [(("value",), self.value)])

    def measured_unit(self) -> str | None:
        """The unit the figure is in; a share given as numerator and denominator is in per cent."""
        if self.unit is not None:
            return self.unit
        if self.numerator is not None and self.denominator is not None:
            return "percent"
        return None


class MeasurementFile(Model):
    """A set of recorded results from one source document."""

    kind: Literal["measurements"]
    """The kind of file: "measurements"."""
    id: Id
    """The file's id; by convention its name."""
    title: Text
    """What the file records."""
    source: Source
    """The document the figures are taken from."""
    measurements: list[Measurement]
    """The recorded figures."""
    waivers: list[Waiver] = []
    """Accepted exceptions to rules, each with a reason and an approver."""
