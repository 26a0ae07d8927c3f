"""The parts earmarked inside an area (hours a week or årsværk) fit inside the area's årsværk.

Why: a plan may earmark part of an area for one task, e.g. "22 timer ugentligt"
to the comprehensive plan in Mjølnerparken inside the area's 1 årsværk. Hours
a week are turned into årsværk with the full-time week (37 hours, set by
`hours-per-week` in the configuration): 22 hours a week is 22/37 of a
full-time person. Earmarked parts that add up to more than the area has
promise time nobody has, and parts of an area with no årsværk cannot be
checked at all. Parts with only a title (no number) are not added up. A part
given both in hours and in årsværk counts once, and the two must agree. The
sum is exact (22/37 is not rounded).

Fails (40 hours a week is more than one full-time person of 37 hours):

```yaml
areas:
  - id: udsatte-boligomraader
    title: Indsats i udsatte boligområder
    årsværk: 1
    splits:
      - {title: helhedsplanen i Mjølnerparken, hours_per_week: 40}
```

Passes (22 hours a week is 22/37 ≈ 0.59 of the area's 1 årsværk):

```yaml
areas:
  - id: udsatte-boligomraader
    title: Indsats i udsatte boligområder
    årsværk: 1
    splits:
      - {title: helhedsplanen i Mjølnerparken, hours_per_week: 22}
      - {title: Deltagelse i styregrupper}
```
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal, localcontext
from fractions import Fraction

from ..findings import Problem, Severity
from ..i18n import t
from ..model.plan import Area, Plan, Split
from ..numbers import format_number
from .context import Context

ID = "hours-within-allocation"
SEVERITY = Severity.ERROR
KINDS = ("plan",)
CROSS_FILE = False  # needs only this file (and the configuration)
AFTER_WAIVERS = False  # runs with the other rules, before waivers are applied


def show(value: Fraction) -> str:
    """An exact number as people write it; "≈" when it has no finite decimal form (22/37)."""
    rest = value.denominator
    for prime in (2, 5):
        while rest % prime == 0:
            rest //= prime
    if rest != 1:
        return "≈ " + format_number(value)
    with localcontext() as exact:
        exact.prec = 100  # a finite decimal: this division is exact
        return format_number(Decimal(value.numerator) / Decimal(value.denominator))


def split_årsværk(split: Split, hours_per_week: Fraction) -> Fraction | None:
    """The split's share of a full-time person; årsværk wins when both are given."""
    if split.årsværk is not None:
        return Fraction(split.årsværk)
    if split.hours_per_week is not None:
        return Fraction(split.hours_per_week) / hours_per_week
    return None


def check(plan: Plan, context: Context) -> Iterator[Problem]:
    norm = Fraction(context.config.hours_per_week)
    for index, area in enumerate(plan.areas):
        if area.splits:
            yield from _check_area(area, f"/areas/{index}", norm)


def _check_area(area: Area, pointer: str, norm: Fraction) -> Iterator[Problem]:
    counted = [(i, split) for i, split in enumerate(area.splits) if split_årsværk(split, norm) is not None]
    for i, split in counted:
        if split.årsværk is not None and split.hours_per_week is not None:
            from_hours = Fraction(split.hours_per_week) / norm
            if from_hours != Fraction(split.årsværk):
                yield Problem(
                    f"{pointer}/splits/{i}",
                    t(
                        "the split '{split}' says {hours} hours a week ({from_hours} årsværk at {norm} hours per årsværk) "
                        "and {allocation} årsværk; they disagree",
                        split=split.title,
                        hours=format_number(split.hours_per_week),
                        from_hours=show(from_hours),
                        norm=show(norm),
                        allocation=format_number(split.årsværk),
                    ),
                    t("give the split in one unit only, as the source states it"),
                )
    if area.årsværk is None:
        yield Problem(
            f"{pointer}/splits",
            t(
                "the area '{area}' splits its time into {count} part(s) but has no `årsværk` for them to fit in",
                area=area.id,
                count=format_number(len(area.splits)),
            ),
            t("add the area's `årsværk` as the source states it, or move the parts into the area's `note`"),
        )
        return
    if not counted:
        return
    allocation = Fraction(area.årsværk)
    total = sum((split_årsværk(split, norm) or Fraction(0) for _, split in counted), Fraction(0))
    if total <= allocation:
        return
    # A split that alone is larger than the area is the one at fault; otherwise the list.
    too_large = [i for i, split in counted if (split_årsværk(split, norm) or 0) > allocation]
    where = f"{pointer}/splits/{too_large[0]}" if len(too_large) == 1 else f"{pointer}/splits"
    parts = ": " + " + ".join(_describe(split) for _, split in counted) if len(counted) > 1 else ""
    yield Problem(
        where,
        t(
            "the earmarked parts of '{area}' add up to {total} årsværk ({total_hours} hours a week{parts}), "
            "more than the area's {allocation} årsværk ({allocation_hours} hours a week at {norm} hours per årsværk)",
            area=area.id,
            total=show(total),
            total_hours=show(total * norm),
            parts=parts,
            allocation=show(allocation),
            allocation_hours=show(allocation * norm),
            norm=show(norm),
        ),
        t(
            "check the hours against the source; the area's {allocation} årsværk holds at most {hours} hours a week",
            allocation=show(allocation),
            hours=show(allocation * norm),
        ),
    )


def _describe(split: Split) -> str:
    if split.årsværk is not None:
        return f"{format_number(split.årsværk)} årsværk"  # the same word in both languages
    return t("{hours} hours", hours=format_number(split.hours_per_week or Decimal(0)))
