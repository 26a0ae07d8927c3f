"""A criterion's target numbers are written in its own Danish wording.

Why: the wording is what the committee adopted and what a reader of the plan
reads; the target is what the verdict judges. A change that lowers a target
from 60 to 50 but leaves "60 foreninger deltager" in the wording makes the two
disagree without anyone noticing. Every number of the target (the value, a
range's bounds, a change's amount and end level, the size of the group a
share is taken of, and a baseline that quotes its own `text`) must appear
among the numbers of the wording (the criterion's `text`, and the
baseline's and the group's own `text`),
read the Danish way: 30.000, 1,5, 75 pct., ½, 1½, "2,5 mio." and number words
up to twenty ("ti procentpoint", "fem", "halvanden"). A wording with no number
at all is not checked; a wording with several is satisfied when the target's
number is among them. Where the source itself states a number its own wording
does not, add a waiver citing the source.

Fails (the target was lowered to 50, the wording still says 60):

```yaml
criteria:
  - id: intdag-foreninger
    text: 60 foreninger deltager i Taste the World - International Dag
    target: {kind: at_least, value: 50, unit: count, counted: foreninger, inferred: true}
    measured_by: count
```

Passes:

```yaml
criteria:
  - id: intdag-foreninger
    text: 50 foreninger deltager i Taste the World - International Dag
    target: {kind: at_least, value: 50, unit: count, counted: foreninger, inferred: true}
    measured_by: count
```
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from ..findings import Problem, Severity
from ..i18n import t
from ..model.plan import AtLeast, AtMost, Change, Criterion, Exactly, Plan, Range
from ..numbers import format_number
from .context import Context, iter_criteria

ID = "wording-number"
SEVERITY = Severity.ERROR
KINDS = ("plan",)
CROSS_FILE = False  # needs only this file
AFTER_WAIVERS = False  # runs with the other rules, before waivers are applied

HALF = Decimal("0.5")

# Number words up to twenty. "en"/"et" are left out: they are mostly the article ("et halvt år"),
# and reading them as 1 would let any target of 1 pass; the stressed "én"/"ét" is the numeral.
NUMBER_WORDS: dict[str, Decimal] = {
    word: Decimal(value)
    for value, words in enumerate(
        [
            ("nul",),
            ("én", "ét"),
            ("to",),
            ("tre",),
            ("fire",),
            ("fem",),
            ("seks",),
            ("syv",),
            ("otte",),
            ("ni",),
            ("ti",),
            ("elleve",),
            ("tolv",),
            ("tretten",),
            ("fjorten",),
            ("femten",),
            ("seksten",),
            ("sytten",),
            ("atten",),
            ("nitten",),
            ("tyve",),
        ]
    )
    for word in words
} | {"halv": HALF, "halvt": HALF, "halvdelen": HALF, "halvanden": Decimal("1.5")}

# A Danish numeral: thousands grouped with "." (30.000, 1.000.000), decimals after "," (1,5),
# optionally followed by a half (1½) or standing alone as one (½). A "." not followed by exactly
# three digits ends the number ("8. klasse", "2011."), so a date's "17.11.2006" reads as 17, 11, 2006.
_NUMERAL = re.compile(r"(?<![\d,.])(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?(½)?(?!\d)|½")
_WORD = re.compile(r"\w+")
# "2,5 mio. kr.", "1 million": the amount is also read in units (2.500.000 kr.).
_MILLIONS = re.compile(r"\s*(?:mio\.?|millioner|million)", re.IGNORECASE)
MILLION = Decimal(1_000_000)
# A wording longer than this is not read further: bounds the work on a hostile file.
_LONGEST_WORDING = 10_000


def wording_numbers(text: str) -> set[Decimal]:
    """The numbers a Danish wording states, each as an exact Decimal.

    >>> sorted(wording_numbers("minimum 30.000 besøgende, 1,5 årsværk og 75 pct."))
    [Decimal('1.5'), Decimal('75'), Decimal('30000')]
    >>> sorted(wording_numbers("øges med ti procentpoint, 1½ årsværk, ½ time"))
    [Decimal('0.5'), Decimal('1.5'), Decimal('10')]
    >>> sorted(wording_numbers("2,5 mio. kr."))
    [Decimal('2.5'), Decimal('2500000.0')]
    """
    text = text[:_LONGEST_WORDING]
    found: set[Decimal] = set()
    for match in _NUMERAL.finditer(text):
        if match.group(0) == "½":
            found.add(HALF)
            continue
        whole, decimals, half = match.groups()
        number = Decimal(whole.replace(".", "") + ("." + decimals if decimals else ""))
        if half:
            number += HALF
        found.add(number)
        if _MILLIONS.match(text, match.end()):
            found.add(number * MILLION)
    for word in _WORD.findall(text.lower()):
        if word in NUMBER_WORDS:
            found.add(NUMBER_WORDS[word])
    return found


def target_numbers(criterion: Criterion) -> Iterator[tuple[str, Decimal]]:
    """Every number of a criterion's target, with its JSON pointer below the criterion."""
    target = criterion.target
    if isinstance(target, (AtLeast, AtMost, Exactly)):
        yield "/target/value", target.value
    elif isinstance(target, Range):
        yield "/target/min", target.min
        yield "/target/max", target.max
    elif isinstance(target, Change):
        if target.by is not None:
            yield "/target/by", target.by
        # A baseline is often a measurement the wording does not quote ("øges med 10 procentpoint" from the
        # indicator table's 54,40 pct.); it is held to the wording only when it gives its own words.
        if target.baseline is not None and target.baseline.text:
            yield "/target/baseline/value", target.baseline.value
        if target.end_level is not None:
            yield "/target/end_level", target.end_level
    population = getattr(target, "population", None)
    if population is not None and population.value is not None:
        yield "/target/population/value", population.value


def wording(criterion: Criterion) -> str:
    """The criterion's own words: its text, and the words of its baseline and of the group it counts."""
    return "\n".join(wording_parts(criterion))


def wording_parts(criterion: Criterion) -> list[str]:
    parts = [criterion.text]
    for part in (getattr(criterion.target, "baseline", None), getattr(criterion.target, "population", None)):
        if part is not None and part.text:
            parts.append(part.text)
    return parts


def check(plan: Plan, context: Context) -> Iterator[Problem]:
    for criterion, pointer in iter_criteria(plan):
        stated = wording_numbers(wording(criterion))
        if not stated:
            continue  # a wording with no number: nothing to compare
        for where, number in target_numbers(criterion):
            if number in stated:
                continue
            yield Problem(
                pointer + where,
                t(
                    'the target of {criterion} is {number}, but its wording states {stated}: "{wording}"',
                    criterion=criterion.id,
                    number=format_number(number, as_written=True),
                    stated="; ".join(format_number(value) for value in sorted(stated)),
                    wording=_quoted(wording_parts(criterion)),
                ),
                t(
                    "make the target and the wording agree; where the source itself states a number its wording "
                    "does not, add a waiver citing the source"
                ),
            )


def _quoted(parts: list[str]) -> str:
    """The words the numbers were read from, on one line: the criterion's text cut after 120 characters,
    then the baseline's and the group's own words (` / ` between them), so that every number the message
    says the wording states can be found in the quote."""
    text = " ".join(parts[0].split())
    shown = [text if len(text) <= 120 else text[:119] + "…", *(" ".join(part.split()) for part in parts[1:])]
    return " / ".join(shown)
