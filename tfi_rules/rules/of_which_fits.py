"""Sub-criteria ("hvoraf") that are parts of their parent fit inside it.

Why: "mindst 5 initiativer, hvoraf mindst 1 ..., mindst 1 ..., mindst 1 ..."
says that three of the five initiatives are of given kinds; the parts
(1 + 1 + 1 = 3) fit inside the 5. "hvoraf mindst 3 + 3" would ask for 6
initiatives inside 5, which the source cannot mean, so one of the numbers was
misread. Likewise a part limited to "højst 4" under a whole of "højst 3" has
a limit that can never matter, and a part must be counted in the same unit as
its whole.

Which sub-criteria are parts: a sub-criterion is a part of its parent when
both count the same thing, that is both have the same `counted` (singular
and plural alike: "initiativ" is a part of "initiativer"), or one of them
leaves `counted` out and both have the same unit. A sub-criterion that counts
something else is a condition on the parent, not a part of it, and is never
added up: "mindst 1 initiativ ..., hvor mindst 25 borgere" counts borgere
inside one initiativ. A share in per cent with a `population` ("40 % af
disse 60 foreninger") is a share of the parent, not a part. Only counts and amounts (kr, mio_kr) are added up;
shares in per cent are of different groups and are not compared. Change,
all, done and qualitative targets are not compared either.

Fails (the parts need at least 3 + 3 = 6 initiativer, more than the parent's 5):

```yaml
- id: initiativer
  text: mindst 5 initiativer, hvoraf
  target: {kind: at_least, value: 5, unit: count, counted: initiativer}
  of_which:
    - id: beskaeftigelse
      text: mindst 3 initiativer skal fremme beskæftigelse
      target: {kind: at_least, value: 3, unit: count, counted: initiativer}
    - id: unge
      text: mindst 3 initiativer for unge
      target: {kind: at_least, value: 3, unit: count, counted: initiativer}
```

Passes (1 + 1 fit in 5; the 25 borgere are a condition, not a part):

```yaml
- id: initiativer
  text: mindst 5 initiativer, hvoraf
  target: {kind: at_least, value: 5, unit: count, counted: initiativer}
  of_which:
    - id: beskaeftigelse
      text: Mindst 1 initiativ skal fremme beskæftigelse, hvor mindst 25 borgere ...
      target: {kind: at_least, value: 1, unit: count, counted: initiativ}
      of_which:
        - id: borgere
          text: hvor mindst 25 borgere forankres på arbejdsmarkedet
          target: {kind: at_least, value: 25, unit: count, counted: borgere}
    - id: unge
      text: Mindst 1 initiativ skal fremme uddannelse blandt unge
      target: {kind: at_least, value: 1, unit: count, counted: initiativ}
```
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from ..findings import Problem, Severity
from ..i18n import t
from ..model.plan import AtLeast, AtMost, Criterion, Exactly, Plan, Range, Threshold
from ..numbers import UNIT_SYMBOLS, format_number, format_sum
from .context import Context, iter_criteria

ID = "of-which-fits"
SEVERITY = Severity.ERROR
KINDS = ("plan",)
CROSS_FILE = False  # needs only this file (and the configuration)
AFTER_WAIVERS = False  # runs with the other rules, before waivers are applied

ADDITIVE_UNITS = ("count", "kr", "mio_kr")
# Danish endings that make a plural or definite form of a noun: initiativ/initiativer, borger/borgere.
_ENDINGS = ("", "e", "r", "er", "n", "en", "et", "ne", "ene", "erne")


def same_word(first: str, second: str) -> bool:
    """Whether two `counted` texts name the same thing, singular or plural."""
    a, b = (" ".join(text.casefold().split()) for text in (first, second))
    short, long = sorted((a, b), key=len)
    return long.startswith(short) and long[len(short) :] in _ENDINGS


def counts_same_thing(parent: Threshold, child: Threshold) -> bool:
    if parent.counted is not None and child.counted is not None:
        return same_word(parent.counted, child.counted)
    return parent.unit == child.unit


def lower_bound(target: Threshold) -> Decimal | None:
    if isinstance(target, (AtLeast, Exactly)):
        return target.value
    if isinstance(target, Range):
        return target.min
    return None


def upper_bound(target: Threshold) -> Decimal | None:
    if isinstance(target, (AtMost, Exactly)):
        return target.value
    if isinstance(target, Range):
        return target.max
    return None


def _amount(value: Decimal, target: Threshold) -> str:
    words = [format_number(value), UNIT_SYMBOLS[target.unit], target.counted or ""]
    return " ".join(word for word in words if word)


def check(plan: Plan, context: Context) -> Iterator[Problem]:
    for parent, pointer in iter_criteria(plan):
        if parent.of_which and isinstance(parent.target, Threshold):
            yield from _check_parts(parent, parent.target, pointer)


def _check_parts(parent: Criterion, whole: Threshold, pointer: str) -> Iterator[Problem]:
    parts: list[tuple[int, Threshold]] = []
    for index, child in enumerate(parent.of_which):
        target = child.target
        if not isinstance(target, Threshold) or not counts_same_thing(whole, target):
            continue
        if target.unit == "percent" and target.population is not None and whole.unit != "percent":
            continue  # a share of the parent's group ("40 % af disse 60 foreninger"), not an amount
        child_pointer = f"{pointer}/of_which/{index}"
        if target.unit != whole.unit:
            yield Problem(
                f"{child_pointer}/target/unit",
                t(
                    "{criterion} counts {counted} in {unit}, but its parent {parent} counts it in {parent_unit}",
                    criterion=child.id,
                    counted=target.counted or t("the same thing"),
                    unit=target.unit,
                    parent=parent.id,
                    parent_unit=whole.unit,
                ),
                t(
                    "write `unit: {unit}` if it is a part of the parent, or say in `counted` what else it counts",
                    unit=whole.unit,
                ),
            )
            continue
        if whole.unit in ADDITIVE_UNITS:
            parts.append((index, target))
    # The most the parts may add up to: "mindst 5, hvoraf ..." spells out parts of the 5.
    whole_size = whole.max if isinstance(whole, Range) else whole.value
    lows = [(index, low) for index, target in parts if (low := lower_bound(target)) is not None]
    total = sum((low for _, low in lows), Decimal(0))
    if lows and total > whole_size:
        addition = f" ({format_sum([low for _, low in lows])})" if len(lows) > 1 else ""
        if isinstance(whole, AtLeast):
            message = t(
                "the sub-criteria of {parent} need at least {need}{addition}, more than the parent's at least {whole}",
                parent=parent.id,
                need=_amount(total, whole),
                addition=addition,
                whole=_amount(whole_size, whole),
            )
        else:
            message = t(
                "the sub-criteria of {parent} need at least {need}{addition}, but {parent} allows at most {whole}",
                parent=parent.id,
                need=_amount(total, whole),
                addition=addition,
                whole=_amount(whole_size, whole),
            )
        yield Problem(
            f"{pointer}/of_which",
            message,
            t(
                'check the numbers against the source: "hvoraf" parts are counted inside their parent; '
                "if a sub-criterion counts something else, say so in its `counted`"
            ),
        )
    ceiling = upper_bound(whole)
    if ceiling is None:
        return
    for index, target in parts:
        if isinstance(target, AtMost) and target.value > ceiling:
            child = parent.of_which[index]
            yield Problem(
                f"{pointer}/of_which/{index}/target/value",
                t(
                    "{criterion} allows at most {part}, more than its parent {parent} allows in all ({whole})",
                    criterion=child.id,
                    part=_amount(target.value, target),
                    parent=parent.id,
                    whole=_amount(ceiling, whole),
                ),
                t("check the numbers against the source: a part cannot be larger than its whole"),
            )
