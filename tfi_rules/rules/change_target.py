"""A change target says whether it counts in percentage points or per cent, starts from a baseline, and its end level adds up.

Why: "reduceres med 10 pct." from 49.5 % is 44.55 % as a relative change but
39.5 % in percentage points, and the seeds word the same goal both ways, so a
change by an amount must say which (`mode: percentage_points` or
`mode: relative_percent`). A change cannot be judged without the level it
starts from, so a target with `by` or `end_level` needs a `baseline` (value,
date and method). A stated end level must be exactly the baseline plus or
minus the change ("øges med 10 procentpoint til ca. 64 pct." from 54.40 % is
64.40 %, not 64 %): "ca." in the wording is reported too, because the verdict
compares exactly. An increase must end higher than it starts and a decrease
lower. A range target's lower bound is not above its upper bound. Where the
wording allows two readings, the plan records them (`readings:`
`relative_percent`, `percentage_points`, `end_level`) and the verdict judges
each: then an end level that differs from baseline plus change is one of the
readings, not an error, but every reading must have its numbers (a `baseline`
and `by` for the first two, an `end_level` for the third).

Fails (no mode: from 54.40, 10 is 64.40 in points or 59.84 relative, and the stated 64 is neither):

```yaml
target:
  kind: change
  direction: increase
  by: 10
  unit: percent
  baseline: {value: 54.40, date: 2007, method: Integrationsbarometeret}
  end_level: 64
```

Passes:

```yaml
target:
  kind: change
  direction: increase
  by: 10
  mode: percentage_points
  unit: percent
  baseline: {value: 54.40, date: 2007, method: Integrationsbarometeret}
  end_level: 64.40
```

Fails (two readings recorded, but the end-level reading has no end level to read):

```yaml
target:
  kind: change
  direction: decrease
  by: 10
  unit: percent
  baseline: {value: 49.5, text: "faldet fra 49,5 pct."}
  readings:
    - {kind: relative_percent, text: reduceres med 10 pct.}
    - {kind: end_level, text: til ca. 40 pct.}
```

Passes (both readings of "reduceres med 10 pct." / "ti procentpoint": the verdict judges 44.55 % and 39.5 %):

```yaml
target:
  kind: change
  direction: decrease
  by: 10
  mode: relative_percent
  unit: percent
  baseline: {value: 49.5, text: "faldet fra 49,5 pct."}
  readings:
    - {kind: relative_percent, text: reduceres med 10 pct.}
    - {kind: percentage_points, text: reduceres med ti procentpoint}
```
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal, localcontext

from ..findings import Problem, Severity
from ..i18n import t
from ..model.plan import Change, Plan, Range
from ..numbers import format_number
from .context import Context, iter_criteria

ID = "change-target"
SEVERITY = Severity.ERROR
KINDS = ("plan",)
CROSS_FILE = False  # needs only this file (and the configuration)
AFTER_WAIVERS = False  # runs with the other rules, before waivers are applied

HUNDRED = Decimal(100)


def check(plan: Plan, context: Context) -> Iterator[Problem]:
    for criterion, pointer in iter_criteria(plan):
        target = criterion.target
        if isinstance(target, Change):
            yield from _check_change(criterion.id, target, f"{pointer}/target")
        elif isinstance(target, Range) and target.min > target.max:
            yield Problem(
                f"{pointer}/target/min",
                t(
                    "the range of {criterion} runs from {min} down to {max}: the lower bound is above the upper bound",
                    criterion=criterion.id,
                    min=format_number(target.min),
                    max=format_number(target.max),
                ),
                t("swap `min` and `max`"),
            )


def end_level(baseline: Decimal, by: Decimal, direction: str, mode: str) -> Decimal:
    """The level a change of `by` from `baseline` ends at, exactly."""
    sign = 1 if direction == "increase" else -1
    if mode == "percentage_points":
        return baseline + sign * by
    with localcontext() as exact:
        exact.prec = 100  # ample: a product of two finite decimals is exact at this precision
        return baseline * (1 + sign * by / HUNDRED)


def _aligned(stated: Decimal, computed: Decimal) -> str:
    """The stated figure with at least as many decimals as the computed one (64 → "64.00" beside 64.40)."""
    places = -computed.as_tuple().exponent  # type: ignore[operator]
    if places > 0 and -stated.as_tuple().exponent < places:  # type: ignore[operator]
        return format_number(stated.quantize(Decimal(1).scaleb(-places)), as_written=True)
    return format_number(stated, as_written=True)


def _arithmetic(baseline: Decimal, by: Decimal, direction: str, mode: str, result: Decimal) -> str:
    start = format_number(baseline, as_written=True)
    amount = format_number(by, as_written=True)
    if mode == "percentage_points":
        end = format_number(result, as_written=True)
        if direction == "increase":
            return t("{start} + {amount} percentage points = {end}", start=start, amount=amount, end=end)
        return t("{start} - {amount} percentage points = {end}", start=start, amount=amount, end=end)
    end = format_number(result)
    if direction == "increase":
        return t("{start} increased by {amount} % of itself = {end}", start=start, amount=amount, end=end)
    return t("{start} reduced by {amount} % of itself = {end}", start=start, amount=amount, end=end)


def _check_change(owner: str, target: Change, pointer: str) -> Iterator[Problem]:
    baseline = target.baseline
    if target.by is not None and target.mode is None:
        yield _missing_mode(owner, target, pointer)
    if baseline is None:
        if target.by is not None or target.end_level is not None:
            yield Problem(
                pointer,
                t(
                    "{criterion} is a change by {amount} but has no baseline to start from",
                    criterion=owner,
                    amount=format_number(target.by),
                )
                if target.by is not None
                else t("{criterion} is a change to an end level but has no baseline to start from", criterion=owner),
                t(
                    "add `baseline: {value: ..., date: ..., method: ...}` with the starting level, when and how it was "
                    "measured"
                ),
            )
        return
    yield from _check_readings(owner, target, pointer)
    if target.end_level is None:
        return
    start, stated = baseline.value, target.end_level
    wrong_way = stated <= start if target.direction == "increase" else stated >= start
    if wrong_way:
        yield Problem(
            f"{pointer}/direction",
            _wrong_way(owner, target.direction, start, stated),
            t("check `direction` (increase or decrease), the baseline and the end level against the source"),
        )
        return
    if target.by is None or target.mode is None or target.readings:  # readings: the verdict judges each level
        return
    computed = end_level(start, target.by, target.direction, target.mode)
    if computed != stated:
        approximate = t(' The wording says "ca.", but the end level is compared exactly.') if target.approximate else ""
        yield Problem(
            f"{pointer}/end_level",
            t(
                "{criterion}: {arithmetic}, but the stated end level is {stated}.{approximate}",
                criterion=owner,
                arithmetic=_arithmetic(start, target.by, target.direction, target.mode, computed),
                stated=_aligned(stated, computed),
                approximate=approximate,
            ),
            t(
                "encode what the source says and add a waiver citing it, or correct the figure the encoding got wrong "
                "(baseline, `by`, `mode` or `end_level`)"
            ),
        )


def _check_readings(owner: str, target: Change, pointer: str) -> Iterator[Problem]:
    """Every reading has the numbers it reads: an end level, or a baseline and an amount."""
    for number, reading in enumerate(target.readings):
        missing = target.end_level is None if reading.kind == "end_level" else target.by is None
        if missing:
            yield Problem(
                f"{pointer}/readings/{number}",
                t(
                    "{criterion} has the reading {reading}, but not the number it reads",
                    criterion=owner,
                    reading=reading.kind,
                ),
                t(
                    "add `end_level` for the end_level reading, `by` for percentage_points or relative_percent, "
                    "or remove the reading"
                ),
            )


def _wrong_way(owner: str, direction: str, start: Decimal, stated: Decimal) -> str:
    """Why an end level goes the wrong way: an increase that ends no higher, a decrease that ends no lower."""
    begin, end = format_number(start, as_written=True), format_number(stated, as_written=True)
    if direction == "increase":
        if stated == start:
            return t(
                "{criterion} is to increase from {start}, but its end level {end} is the same",
                criterion=owner,
                start=begin,
                end=end,
            )
        return t(
            "{criterion} is to increase from {start}, but its end level {end} is lower",
            criterion=owner,
            start=begin,
            end=end,
        )
    if stated == start:
        return t(
            "{criterion} is to decrease from {start}, but its end level {end} is the same",
            criterion=owner,
            start=begin,
            end=end,
        )
    return t(
        "{criterion} is to decrease from {start}, but its end level {end} is higher",
        criterion=owner,
        start=begin,
        end=end,
    )


def _missing_mode(owner: str, target: Change, pointer: str) -> Problem:
    amount = format_number(target.by or Decimal(0), as_written=True)
    detail = ""
    if target.baseline is not None:
        start = target.baseline.value
        points = end_level(start, target.by or Decimal(0), target.direction, "percentage_points")
        relative = end_level(start, target.by or Decimal(0), target.direction, "relative_percent")
        detail = t(
            ": from {start} that ends at {points} in percentage points but at {relative} as a relative change",
            start=format_number(start, as_written=True),
            points=format_number(points, as_written=True),
            relative=format_number(relative),
        )
        if target.end_level is not None:
            matches = [
                name
                for name, level in (("percentage_points", points), ("relative_percent", relative))
                if level == target.end_level
            ]
            stated = format_number(target.end_level, as_written=True)
            detail += (
                t(" (the stated end level {end} fits {mode})", end=stated, mode=matches[0])
                if matches
                else t(" (the stated end level {end} fits neither)", end=stated)
            )
    if target.direction == "increase":
        message = t(
            "{criterion} is to increase by {amount} without saying in what{detail}",
            criterion=owner,
            amount=amount,
            detail=detail,
        )
    else:
        message = t(
            "{criterion} is to decrease by {amount} without saying in what{detail}",
            criterion=owner,
            amount=amount,
            detail=detail,
        )
    return Problem(
        pointer,
        message,
        t(
            "add `mode: percentage_points` when the source says procentpoint, "
            "or `mode: relative_percent` when it says pct. or % of the level"
        ),
    )
