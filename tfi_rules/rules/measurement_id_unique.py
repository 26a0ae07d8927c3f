"""Every measurement has its own id, in its file and across all measurement files.

Why: a verdict, a waiver and a reader name a measurement by its id; two
figures under one id would make one of them invisible or let it count twice.
Ids are compared with those in the files checked before, so the second use
is reported where it appears.

Fails (the same id twice):

```yaml
measurements:
  - {id: tfi-2008-projektbesoeg, text: besøgt 100 integrationsprojekter, value: 100, unit: count, date: "2008"}
  - {id: tfi-2008-projektbesoeg, text: ca. 2600 københavnere deltog, value: 2600, unit: count, date: "2008"}
```

Passes:

```yaml
measurements:
  - {id: tfi-2008-projektbesoeg, text: besøgt 100 integrationsprojekter, value: 100, unit: count, date: "2008"}
  - {id: tfi-2008-deltagere, text: ca. 2600 københavnere deltog, value: 2600, unit: count, date: "2008"}
```
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Problem, Severity
from ..i18n import t
from ..model.measurements import MeasurementFile
from ..numbers import format_number
from .context import Context

ID = "measurement-id-unique"
SEVERITY = Severity.ERROR
KINDS = ("measurements",)
CROSS_FILE = True  # reads other files (mandates, ids, criteria) from the context
AFTER_WAIVERS = False  # runs with the other rules, before waivers are applied


def check(measurements: MeasurementFile, context: Context) -> Iterator[Problem]:
    first_index: dict[str, int] = {}
    for index, measurement in enumerate(measurements.measurements):
        pointer = f"/measurements/{index}/id"
        earlier_file = context.measurement_files.get(measurement.id)
        if earlier_file is not None and earlier_file != context.current_file:
            yield Problem(
                pointer,
                t(
                    "the measurement id '{measurement}' is already used in {file}",
                    measurement=measurement.id,
                    file=earlier_file,
                ),
                t("give this measurement its own id (ids are unique across all measurement files)"),
            )
        elif measurement.id in first_index:
            yield Problem(
                pointer,
                t(
                    "the measurement id '{measurement}' is used twice in this file (first at measurement {number})",
                    measurement=measurement.id,
                    number=format_number(first_index[measurement.id] + 1),
                ),
                t("give each measurement its own id"),
            )
        first_index.setdefault(measurement.id, index)
