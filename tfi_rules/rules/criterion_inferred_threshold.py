"""A target read as "at least" (or "at most") from context is shown for a reviewer to confirm.

Why: many success criteria state a bare number ("60 foreninger deltager",
"75 pct. af opgaverne") without "mindst"/"minimum"/"højst". The encoder then
chose the comparison from context and marked the target `inferred: true`.
The verdict depends on that choice (61 associations meet "at least 60" but
not "exactly 60"), so this note shows the wording next to the reading, for
someone who knows the plan to confirm. It is information, not an error. Once
someone has confirmed the reading against the source, record it on the
criterion and the note no longer appears (the verdict and the report show it):
`decisions: [{about: reading, by: <who>, on: <YYYY-MM-DD>, note: <where in the source>}]`.

Fails (reported as information: the wording has no "mindst"):

```yaml
- id: intdag-foreninger
  text: 60 foreninger deltager i Taste the World - International Dag
  target: {kind: at_least, value: 60, unit: count, counted: foreninger, inferred: true}
```

Passes (the wording says "minimum"):

```yaml
- id: intdag-restauranter
  text: arrangeres i partnerskab med WOCO og minimum 30 restauranter
  target: {kind: at_least, value: 30, unit: count, counted: restauranter}
```
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Problem, Severity
from ..i18n import t
from ..model.plan import Plan, Range, Threshold, is_inferred
from ..numbers import UNIT_SYMBOLS, format_number
from .context import Context, iter_criteria

ID = "criterion-inferred-threshold"
SEVERITY = Severity.INFO
KINDS = ("plan",)
CROSS_FILE = False  # needs only this file (and the configuration)
AFTER_WAIVERS = False  # runs with the other rules, before waivers are applied


def reading(target: Threshold) -> str:
    """The target in words, e.g. "at least 75 %", "at least 60 foreninger"."""
    if isinstance(target, Range):
        amount = t("between {min} and {max}", min=format_number(target.min), max=format_number(target.max))
    elif target.kind == "at_least":
        amount = t("at least {value}", value=format_number(target.value))
    elif target.kind == "at_most":
        amount = t("at most {value}", value=format_number(target.value))
    else:
        amount = t("exactly {value}", value=format_number(target.value))
    words = [amount, UNIT_SYMBOLS[target.unit], target.counted or ""]
    return " ".join(word for word in words if word)


def check(plan: Plan, context: Context) -> Iterator[Problem]:
    for criterion, pointer in iter_criteria(plan):
        target = criterion.target
        confirmed = criterion.decided("reading") is not None
        if is_inferred(target) and not confirmed:
            text = " ".join(criterion.text.split())
            yield Problem(
                f"{pointer}/target/inferred",
                t(
                    '{criterion} is read as {reading}; the wording has no "mindst"/"højst": "{text}"',
                    criterion=criterion.id,
                    reading=reading(target),
                    text=text,
                ),
                t("confirm the reading against the source; if the number is a maximum or exact, change `kind`"),
            )
