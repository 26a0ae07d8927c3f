"""A measurement's figures agree with each other: parts add up to the value, and the value is the numerator's share of the denominator.

Why: the seeds often give a figure twice (a table row and its total, "35 ud
af 36" and a percentage), and the verdict reads only one of them. A breakdown
(`parts`) must add up to `value` exactly. When a share is given both as
`value` (in per cent) and as `numerator` and `denominator`, the value must be
exactly 100 × numerator / denominator: a rounded percentage ("97 %" for 35 of
36, which is 97.22… %) is reported too, because the check is exact; the
verdict computes the share from the numerator and denominator. And a
measurement must report something: a value, a numerator with its denominator,
whether something was done, or an assessment.

Fails (4 + 6 + 6 + 6 = 22, not 21):

```yaml
measurements:
  - id: tfi-2008-rekvireringer
    text: TFI har haft 22 rekvireringer
    indicator: tfi-rekvireringer
    value: 21
    unit: count
    date: "2008"
    parts:
      - {label: Udsatte boligområder, value: 4}
      - {label: Tryghed, value: 6}
      - {label: Mangfoldigt KBH, value: 6}
      - {label: Vidensdeling i projekter, value: 6}
```

Passes:

```yaml
measurements:
  - id: tfi-2008-rekvireringer
    text: TFI har haft 22 rekvireringer
    indicator: tfi-rekvireringer
    value: 22
    unit: count
    date: "2008"
    parts:
      - {label: Udsatte boligområder, value: 4}
      - {label: Tryghed, value: 6}
      - {label: Mangfoldigt KBH, value: 6}
      - {label: Vidensdeling i projekter, value: 6}
```
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from fractions import Fraction

from ..findings import Problem, Severity
from ..i18n import t
from ..model.measurements import Measurement, MeasurementFile
from ..numbers import format_number, format_sum
from .context import Context

ID = "measurement-consistency"
SEVERITY = Severity.ERROR
KINDS = ("measurements",)
CROSS_FILE = False  # needs only this file (and the configuration)
AFTER_WAIVERS = False  # runs with the other rules, before waivers are applied


def exact_share(numerator: int, denominator: int) -> str:
    """100 × n / d as a decimal: exact when it ends ("75"), else to four places and "…" ("97.2222…")."""
    share = Fraction(100 * numerator, denominator)
    rest = share.denominator
    for factor in (2, 5):
        while rest % factor == 0:
            rest //= factor
    if rest == 1:  # a finite decimal
        return format_number(Decimal(share.numerator) / Decimal(share.denominator))
    rounded = (Decimal(share.numerator) / Decimal(share.denominator)).quantize(Decimal("0.0001"))
    return f"{format_number(rounded, as_written=True)}…"


def check(measurements: MeasurementFile, context: Context) -> Iterator[Problem]:
    for index, measurement in enumerate(measurements.measurements):
        yield from _check_one(measurement, f"/measurements/{index}")


def _check_one(measurement: Measurement, pointer: str) -> Iterator[Problem]:
    value, numerator, denominator = measurement.value, measurement.numerator, measurement.denominator
    if measurement.parts and value is not None:
        parts = [part.value for part in measurement.parts]
        total = sum(parts, Decimal(0))
        if total != value:
            yield Problem(
                f"{pointer}/value",
                t(
                    "the parts of {measurement} add up to {sum} = {total}, but its value is {value}",
                    measurement=measurement.id,
                    sum=format_sum(parts),
                    total=format_number(total),
                    value=format_number(value),
                ),
                t(
                    "check the parts and the value against the source; if the source's own sum is wrong, "
                    "keep its figures and add a waiver citing it"
                ),
            )
    if (numerator is None) != (denominator is None):
        given = "numerator" if numerator is not None else "denominator"
        yield Problem(
            f"{pointer}/{given}",
            t("{measurement} has a numerator but no denominator", measurement=measurement.id)
            if numerator is not None
            else t("{measurement} has a denominator but no numerator", measurement=measurement.id),
            t("a share needs both: how many (`numerator`) of how many (`denominator`)"),
        )
    share_unit = measurement.unit in (None, "percent")
    if value is not None and numerator is not None and denominator and share_unit:
        if Fraction(value) * denominator != 100 * numerator:
            yield Problem(
                f"{pointer}/value",
                t(
                    "{measurement} gives {value} %, but {numerator} of {denominator} is {share} % "
                    "(compared exactly, so a rounded percentage differs too)",
                    measurement=measurement.id,
                    value=format_number(value, as_written=True),
                    numerator=format_number(numerator),
                    denominator=format_number(denominator),
                    share=exact_share(numerator, denominator),
                ),
                t(
                    "keep `numerator` and `denominator` (the verdict computes the share exactly) and leave `value` "
                    "out, or add a waiver citing the source's rounded figure"
                ),
            )
    has_share = numerator is not None and denominator is not None
    if value is None and not has_share and measurement.done is None and measurement.assessment is None:
        yield Problem(
            pointer,
            t(
                "{measurement} reports nothing: no value, no numerator and denominator, no done, no assessment",
                measurement=measurement.id,
            ),
            t(
                "add the figure (`value` and `unit`), the share (`numerator`, `denominator`), `done: true/false` "
                "or the recorded `assessment`"
            ),
        )
