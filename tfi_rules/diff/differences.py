"""A difference between two versions of a plan, mandate or measurements file, said in the file's own terms.

`plans.py`, `budget.py`, `records.py` and `waivers.py` list `Difference`s; `render.py`
shows them. A difference is a kind (for programs: filter, count, test), the id of
what changed, and one sentence for people. ("Change" is the kind of target in a plan,
`model.plan.Change`; this module says "difference" so that the word names one thing.)

Every sentence is a `t()` template with named fields (Danish in `i18n/da/diff.py`);
what comes from the files (ids, titles, wording, YAML values) is put in as it is.
Numbers are written as `format_number` writes them in the language in use: in
English as in the YAML file (1.5, 30000, 54.4), so a reader can search the file
for them, in Danish the Danish way (1,5, 30.000, 54,4) as all of tfi's Danish
output; amounts of money grouped as `format_kroner` writes them (50,000 kr.,
2.5 mio. kr.; 50.000 kr., 2,5 mio. kr.). Ids are in backticks, titles in double quotes.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import MAX_EMAX, MAX_PREC, MIN_EMIN, Decimal, localcontext
from typing import Any, Protocol, TypeVar

from ..i18n import t
from ..model.fields import Model, field_names
from ..numbers import format_number

TITLE_WIDTH = 80


class _HasId(Protocol):
    @property
    def id(self) -> str: ...


Identified = TypeVar("Identified", bound=_HasId)
SHORT_VALUE = 40  # values longer than this are not repeated in a sentence


class DifferenceKind(str, enum.Enum):
    """What kind of change a sentence describes."""

    FILE_ADDED = "file-added"
    FILE_REMOVED = "file-removed"
    KIND_CHANGED = "kind-changed"
    LAYOUT_CHANGED = "layout-changed"  # comments or formatting only
    ID_CHANGED = "id-changed"
    TITLE_CHANGED = "title-changed"
    PERIOD_CHANGED = "period-changed"
    MANDATE_CHANGED = "mandate-changed"
    AREA_ADDED = "area-added"
    AREA_REMOVED = "area-removed"
    AREA_RENAMED = "area-renamed"
    ÅRSVÆRK_MOVED = "årsværk-moved"
    ÅRSVÆRK_RAISED = "årsværk-raised"
    ÅRSVÆRK_LOWERED = "årsværk-lowered"
    ÅRSVÆRK_SET = "årsværk-set"  # from or to no årsværk at all
    FUNDING_CHANGED = "funding-changed"
    CORE_TOTAL_CHANGED = "core-total-changed"
    CRITERION_ADDED = "criterion-added"
    CRITERION_REMOVED = "criterion-removed"
    CRITERION_MOVED = "criterion-moved"
    WORDING_CHANGED = "wording-changed"
    TARGET_KIND_CHANGED = "target-kind-changed"
    TARGET_RAISED = "target-raised"
    TARGET_LOWERED = "target-lowered"
    TARGET_CHANGED = "target-changed"
    BASELINE_CHANGED = "baseline-changed"
    DUE_CHANGED = "due-changed"
    INDICATOR_ADDED = "indicator-added"
    INDICATOR_REMOVED = "indicator-removed"
    BUDGET_ADDED = "budget-added"
    BUDGET_REMOVED = "budget-removed"
    BUDGET_LINE_ADDED = "budget-line-added"
    BUDGET_LINE_REMOVED = "budget-line-removed"
    BUDGET_LINE_RENAMED = "budget-line-renamed"
    BUDGET_LINE_RAISED = "budget-line-raised"
    BUDGET_LINE_LOWERED = "budget-line-lowered"
    BUDGET_TOTAL_CHANGED = "budget-total-changed"
    WAIVER_ADDED = "waiver-added"
    WAIVER_REMOVED = "waiver-removed"
    CAPACITY_ADDED = "capacity-added"
    CAPACITY_REMOVED = "capacity-removed"
    CAPACITY_CHANGED = "capacity-changed"
    PURPOSE_ADDED = "purpose-added"
    PURPOSE_REMOVED = "purpose-removed"
    MEASUREMENT_ADDED = "measurement-added"
    MEASUREMENT_REMOVED = "measurement-removed"
    MEASUREMENT_CHANGED = "measurement-changed"
    OTHER = "other"  # any other field: notes, activities, sources, ...


@dataclass(frozen=True)
class Difference:
    """One thing a change does: its kind, the id of what it touches, and a sentence."""

    kind: DifferenceKind
    id: str
    sentence: str

    def __str__(self) -> str:
        return self.sentence


def exact(values: Iterable[Decimal]) -> Decimal:
    """The exact sum: no rounding, however many digits the numbers have."""
    with localcontext() as context:
        context.prec, context.Emax, context.Emin = MAX_PREC, MAX_EMAX, MIN_EMIN
        return sum(values, Decimal(0))


def difference(after: Decimal, before: Decimal) -> Decimal:
    """`after - before`, exactly."""
    with localcontext() as context:
        context.prec, context.Emax, context.Emin = MAX_PREC, MAX_EMAX, MIN_EMIN
        return after - before


def quoted(title: str, width: int = TITLE_WIDTH) -> str:
    """A title in double quotes, on one line, cut at `width` characters."""
    one_line = " ".join(title.split())
    if len(one_line) > width:
        one_line = one_line[: width - 1].rstrip() + "…"
    return f'"{one_line}"'


def show(value: Any) -> str | None:
    """A value short enough to repeat in a sentence, as written in the file; else None."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (Decimal, int)):
        return format_number(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str) and "\n" not in value and len(value) <= SHORT_VALUE:
        return value
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        joined = ", ".join(value)
        return joined if len(joined) <= SHORT_VALUE and "\n" not in joined else None
    return None


def _field_change(field: str, what: str, before: Any, after: Any) -> str:
    """ "`field` of WHAT changed from A to B", "... set to B", "... removed (was A)" or "... changed"."""
    if before is None or before == []:
        shown = show(after)
        if shown is None:
            return t("`{field}` of {what} added", field=field, what=what)
        return t("`{field}` of {what} set to {after}", field=field, what=what, after=shown)
    if after is None or after == []:
        shown = show(before)
        if shown is None:
            return t("`{field}` of {what} removed", field=field, what=what)
        return t("`{field}` of {what} removed (was {before})", field=field, what=what, before=shown)
    old, new = show(before), show(after)
    if old is not None and new is not None:
        return t("`{field}` of {what} changed from {before} to {after}", field=field, what=what, before=old, after=new)
    if isinstance(before, list) and isinstance(after, list) and len(before) != len(after):
        return t(
            "`{field}` of {what} changed from {before} to {after} items",
            field=field,
            what=what,
            before=len(before),
            after=len(after),
        )
    return t("`{field}` of {what} changed", field=field, what=what)


def field_changes(
    before: Model, after: Model, what: str, change_id: str, skip: Iterable[str] = (), prefix: str = ""
) -> list[Difference]:
    """One sentence per field that differs, for the fields no special sentence covers.

    `what` names the thing the fields belong to, in the language in use ("the plan",
    "area `a`"). Nested parts (a `source:`) are followed field by field (`source.case_no`),
    so every difference between two versions gets a sentence, including fields added
    to the models later.
    """
    skipped = set(skip)
    found: list[Difference] = []
    for name in field_names(type(after)):
        if name in skipped:
            continue
        old, new = getattr(before, name, None), getattr(after, name, None)
        if old == new:
            continue
        if isinstance(old, Model) and isinstance(new, Model) and type(old) is type(new):
            found.extend(field_changes(old, new, what, change_id, prefix=f"{prefix}{name}."))
            continue
        found.append(Difference(DifferenceKind.OTHER, change_id, _field_change(f"{prefix}{name}", what, old, new)))
    return found


def by_id(items: Iterable[Identified]) -> dict[str, Identified]:
    """Items by their `id`; with an id used twice (a `unique-ids` error) the first counts."""
    found: dict[str, Identified] = {}
    for item in items:
        found.setdefault(item.id, item)
    return found
