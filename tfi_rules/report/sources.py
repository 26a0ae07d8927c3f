"""What the report needs beyond the verdict rows: which file each plan came from, the
mandates whose capacity plans spend, and the measurements behind the charts.

The verdict run (`run_verdict(..., keep_plans=True)`) keeps what it read; only the
mandates of the repository around the files given (a plan reported alone still shows
its mandate's capacity) are read here, with the same loader (`read_typed`).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from ..load.discovery import discover, path_key, processing_order
from ..load.typed import read_typed
from ..model.mandate import Mandate
from ..model.measurements import MeasurementFile
from ..verdict.judge import MeasurementIndex
from ..verdict.run import VerdictRun


@dataclass
class Sources:
    plan_files: dict[str, str] = field(default_factory=dict)  # plan id → the file it was read from (first wins)
    mandates: dict[str, Mandate] = field(default_factory=dict)
    measurement_files: list[MeasurementFile] = field(default_factory=list)
    index: MeasurementIndex = field(default_factory=MeasurementIndex)  # the verdict's own (`VerdictRun.index`)


def sources_of(run: VerdictRun, around: Mapping[str, Mandate] | None = None) -> Sources:
    """What the verdict run has read, plus the mandates `around` it (`context_mandates`) it did not read.

    The run's plan files, measurement files and index of the measurements are shared, not copied:
    taken while the run is still reading (`run_verdict(on_plan=...)`), they fill in as it goes; its
    mandates are those read so far. Around the files given only mandates are taken: the charts use
    only the measurements the verdict used, from the index it judged with.
    """
    mandates = dict(run.mandates)
    for mandate_id, mandate in (around or {}).items():
        mandates.setdefault(mandate_id, mandate)
    return Sources(
        plan_files=run.plan_files, mandates=mandates, measurement_files=run.measurement_files, index=run.index
    )


def context_mandates(paths: list[Path], context_paths: list[Path] | None) -> dict[str, Mandate]:
    """The mandates under `context_paths` that are not under `paths`, by id (the first wins)."""
    mandates: dict[str, Mandate] = {}
    if not context_paths:
        return mandates
    given = {path_key(os.path.realpath(path)) for path in discover(paths).files}
    for path in processing_order(discover(context_paths).files):
        if path_key(os.path.realpath(path)) in given:
            continue
        typed, _findings = read_typed(Path(path))
        if typed is not None and isinstance(typed.model, Mandate):
            mandates.setdefault(typed.model.id, typed.model)
    return mandates
