"""A criterion says how it is measured, and a criterion with a number in its wording has a numeric target.

Why: a target can only be judged if someone knows where the figure comes
from: a count, a survey of the requesters, a register, a report, attendance
lists, an assessment or an indicator. Write it in `measured_by` (or name the
`indicator` whose measurements judge it). Where the source does not say, a
person records that decision on the criterion, and the warning no longer
appears: `decisions: [{about: measurement, by: <who>, on: <YYYY-MM-DD>}]`.
Qualitative criteria are judged by
an assessment and need no method. But a criterion encoded as qualitative
whose Danish wording states a number ("mindst 3 initiativer", "60 %")
usually has a target that a program could judge: give it a numeric target.
Years ("i foråret 2008"), dates and ordinals ("2. halvår") are not counted as
numbers.

Fails (no method, and a number hidden in a qualitative criterion):

```yaml
criteria:
  - id: projektbesoeg
    text: mindst 25 projektbesøg
    target: {kind: at_least, value: 25, unit: count, counted: projektbesøg}
  - id: dialog-initiativer
    text: medvirke til implementering af mindst 3 initiativer om dialog
    target: {kind: qualitative}
```

Passes:

```yaml
criteria:
  - id: projektbesoeg
    text: mindst 25 projektbesøg
    target: {kind: at_least, value: 25, unit: count, counted: projektbesøg}
    measured_by: register
  - id: dialog-initiativer
    text: medvirke til implementering af mindst 3 initiativer om dialog
    target: {kind: at_least, value: 3, unit: count, counted: initiativer}
    measured_by: count
```
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..findings import Problem, Severity
from ..i18n import t
from ..model.plan import Plan, Qualitative
from .context import Context, iter_criteria

ID = "criterion-measurable"
SEVERITY = Severity.WARNING
KINDS = ("plan",)
CROSS_FILE = False  # needs only this file (and the configuration)
AFTER_WAIVERS = False  # runs with the other rules, before waivers are applied

_QUALIFIER = r"(?:mindst|minimum|min\.|højst|maksimalt|maks\.|ca\.|cirka|over|under)"
_NUMBER_WORDS = r"(?:to|tre|fire|fem|seks|syv|otte|ni|ti|elleve|tolv|femten|tyve|halvdelen)"
_NUMBER = re.compile(
    rf"(?:(?P<qualifier>{_QUALIFIER})\s+)?"
    rf"(?P<number>\d+(?:[.,]\d+)*)"
    r"(?P<unit>\s*(?:%|pct\.?|procent(?:point)?))?"
    r"(?:\s+(?P<word>[^\W\d_]+))?",
    re.IGNORECASE,
)
_WORD_NUMBER = re.compile(rf"\b{_QUALIFIER}\s+{_NUMBER_WORDS}\b(?:\s+[^\W\d_]+)?", re.IGNORECASE)
_DATE = re.compile(r"\d{1,2}\.\d{1,2}\.\d{2,4}")
_YEAR = re.compile(r"(19|20)\d\d")


def stated_number(text: str) -> str | None:
    """The first phrase of the wording that states a number, e.g. "mindst 3 initiativer"; years and dates skipped."""
    for match in _NUMBER.finditer(text):
        number, after = match["number"], text[match.end("number") :]
        if _DATE.fullmatch(number) or (_YEAR.fullmatch(number) and not match["unit"]):
            continue
        if re.match(r"\.\s+[a-zæøå]", after) or text[match.end("number") :].startswith("/"):
            continue  # an ordinal ("2. halvår") or a reference ("201/2006")
        if match.start("number") > 0 and text[match.start("number") - 1] == "/":
            continue
        return match.group(0).strip()
    word = _WORD_NUMBER.search(text)
    return word.group(0) if word else None


def check(plan: Plan, context: Context) -> Iterator[Problem]:
    for criterion, pointer in iter_criteria(plan):
        if isinstance(criterion.target, Qualitative):
            phrase = stated_number(criterion.text)
            if phrase is not None:
                yield Problem(
                    f"{pointer}/target",
                    t(
                        '{criterion} is qualitative, but its wording states a number ("{phrase}")',
                        criterion=criterion.id,
                        phrase=phrase,
                    ),
                    t(
                        "give it a numeric target, e.g. `target: {kind: at_least, value: ..., unit: count, counted: ...}`, "
                        "or say in `reason` why the number is not a target"
                    ),
                )
            continue
        if criterion.measured_by is None and criterion.indicator is None and criterion.decided("measurement") is None:
            yield Problem(
                pointer,
                t("{criterion} does not say how it is measured", criterion=criterion.id),
                t(
                    "add `measured_by:` (count, survey, register, report, attendance, assessment or indicator), "
                    "or `indicator:` with the id of the indicator that measures it"
                ),
            )
        elif criterion.measured_by == "indicator" and criterion.indicator is None:
            yield Problem(
                f"{pointer}/measured_by",
                t("{criterion} is measured by an indicator but does not name which", criterion=criterion.id),
                t("add `indicator:` with the id of an indicator listed under a plan's `indicators:`"),
            )
