"""A measurement of a criterion says what it counts wherever the criterion does (population, numerator, scale).

Why: a figure can be about the right subject and still count something else: another group ("all
kontanthjælpsmodtagere" for "those with a jobplan"), another numerator ("on active kontanthjælp" for "has
started an offer"), another scale of a survey answer, another year (a base year is a baseline, not a
result). A criterion records what its target counts in `counts:` (population, numerator, scale, period);
a measurement that names the criterion must record the same parts, each with a short key (`id`) and the
source's words. Where the keys agree, the figure is judged; where they differ, the verdict says "not
comparable" and names the difference. A part the criterion records and the measurement leaves out cannot
be compared either way, and is reported here. (A measurement's unit against its criterion's is rule
measurement-unit.)

Fails (the criterion 2011/beskaeftigelse counts the share of immigrants and descendants in work):

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

Passes:

```yaml
measurements:
  - id: beskaeftigelse-2010
    text: Beskæftigelsesfrekvensen for indvandrere/efterkommere var 57,2 pct.
    criterion: 2011/beskaeftigelse
    value: 57.2
    unit: percent
    date: "2010"
    method: Integrationsbarometeret
    counts:
      population: {id: indvandrere-efterkommere, text: indvandrere/efterkommere}
```
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Problem, Severity
from ..i18n import t
from ..model.counts import TERM_PARTS, Counts, Term, said
from ..model.measurements import MeasurementFile
from .context import Context

ID = "measurement-comparable"
SEVERITY = Severity.WARNING
KINDS = ("measurements",)
CROSS_FILE = True  # reads the criteria of other files from the context
AFTER_WAIVERS = False  # runs with the other rules, before waivers are applied


def _part_name(part: str) -> str:
    return {"population": t("population"), "numerator": t("numerator"), "scale": t("scale")}[part]


def check(measurements: MeasurementFile, context: Context) -> Iterator[Problem]:
    for index, measurement in enumerate(measurements.measurements):
        if measurement.criterion is None:
            continue
        entry = context.criteria.get(measurement.criterion)
        wanted = entry.counts if entry is not None else None
        if wanted is None:
            continue
        mine = measurement.counts or Counts()
        for part in TERM_PARTS:
            theirs: Term | None = getattr(wanted, part)
            if theirs is None or getattr(mine, part) is not None:
                continue
            yield Problem(
                f"/measurements/{index}",
                t(
                    "{measurement} does not say which {part} it counts, but {criterion} counts '{wanted}': "
                    "the verdict cannot tell whether it answers the criterion",
                    measurement=measurement.id,
                    part=_part_name(part),
                    criterion=measurement.criterion,
                    wanted=said(theirs),
                ),
                t(
                    "add `counts: {{part}: {id: ...}}` in the source's words: the id `{id}` if it counts the "
                    "same, another id if not (the verdict then says not comparable)",
                    part=part,
                    id=theirs.id,
                ),
            )
