"""A measurement of a change target is taken with the same method as the target's baseline.

Why: a change is judged from its baseline ("faldet fra 27 pct.", measured in
the Integrationsbarometer), and a figure measured another way (another survey,
another register, another definition) says nothing about that change. The
verdict therefore judges such a figure "not comparable" rather than comparing
it; this warning says so while the figure is written, so that a method which
is in fact the same can be written the same way. The verdict compares the
two texts exactly, so this rule does too ("integrationsbarometeret" is not
"Integrationsbarometeret").

Fails (the baseline was measured in Integrationsbarometeret; the figure says not how):

```yaml
measurements:
  - id: beskaeftigelse-2010
    text: Beskæftigelsesfrekvensen var 57,2 pct.
    criterion: 2011/beskaeftigelse
    value: 57.2
    unit: percent
    date: "2010"
```

Passes:

```yaml
measurements:
  - id: beskaeftigelse-2010
    text: Beskæftigelsesfrekvensen var 57,2 pct.
    criterion: 2011/beskaeftigelse
    value: 57.2
    unit: percent
    date: "2010"
    method: Integrationsbarometeret
```
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Problem, Severity
from ..i18n import t
from ..model.measurements import MeasurementFile
from .context import Context

ID = "measurement-method"
SEVERITY = Severity.WARNING
KINDS = ("measurements",)
CROSS_FILE = True  # reads other files (mandates, ids, criteria) from the context
AFTER_WAIVERS = False  # runs with the other rules, before waivers are applied


def _only_spelling(first: str, second: str) -> bool:
    """Whether two methods differ only in case or spacing."""
    return " ".join(first.split()).casefold() == " ".join(second.split()).casefold()


def check(measurements: MeasurementFile, context: Context) -> Iterator[Problem]:
    for index, measurement in enumerate(measurements.measurements):
        if measurement.criterion is None:
            continue
        entry = context.criteria.get(measurement.criterion)
        baseline_method = entry.baseline_method if entry is not None else None
        if baseline_method is None:
            continue
        pointer = f"/measurements/{index}"
        if measurement.method is None:
            yield Problem(
                pointer,
                t(
                    "{measurement} does not say how it was measured, but the baseline of {criterion} "
                    'was measured by "{method}": the verdict will judge it not comparable',
                    measurement=measurement.id,
                    criterion=measurement.criterion,
                    method=baseline_method,
                ),
                t(
                    "add `method: {method}` if the figure was measured that way; otherwise say how it was",
                    method=baseline_method,
                ),
            )
        elif measurement.method != baseline_method:
            spelling = (
                t(" (they differ only in case or spacing, but the verdict compares them exactly)")
                if _only_spelling(measurement.method, baseline_method)
                else ""
            )
            yield Problem(
                f"{pointer}/method",
                t(
                    '{measurement} was measured by "{method}", but the baseline of {criterion} by "{baseline}": '
                    "the verdict will judge it not comparable",
                    measurement=measurement.id,
                    method=measurement.method,
                    criterion=measurement.criterion,
                    baseline=baseline_method,
                )
                + spelling,
                t(
                    "if it is the same method, write it exactly as the baseline does; "
                    "if not, the figure cannot show the change"
                ),
            )
