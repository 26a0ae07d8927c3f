"""What the report needs beyond the verdict rows: which file each plan came from, the
mandates whose capacity plans spend, and the measurements behind the charts.

The verdict (`run_verdict`) keeps plans and rows but not their files, mandates or
measurements; this reads them with the same loader (`read_typed`), nothing else.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from ..checker import read_typed
from ..discovery import discover, processing_order
from ..model.mandate import Mandate
from ..model.measurements import MeasurementFile
from ..verdict import MeasurementIndex


@dataclass
class Sources:
    plan_files: dict[str, str] = field(default_factory=dict)  # plan id → the file it was read from (first wins)
    mandates: dict[str, Mandate] = field(default_factory=dict)
    measurement_files: list[MeasurementFile] = field(default_factory=list)

    @property
    def index(self) -> MeasurementIndex:
        return MeasurementIndex.of(self.measurement_files)


def read_sources(paths: list[Path], context_paths: list[Path] | None = None) -> Sources:
    """Read every valid file under `paths` (files that do not validate are the check's to report).

    Under `context_paths` only mandates are taken: a plan reported alone still shows
    its repository's mandate, but the charts use only the measurements the verdict used.
    """
    sources = Sources()
    files, _ = discover(paths)
    context = discover(context_paths)[0] if context_paths else []
    given = {Path(os.path.realpath(path)) for path in files}
    others = [path for path in context if Path(os.path.realpath(path)) not in given]
    for path in processing_order([*files, *others]):
        typed, _findings = read_typed(path)
        if typed is None:
            continue
        if typed.kind == "mandate":
            sources.mandates.setdefault(typed.model.id, typed.model)
        elif Path(os.path.realpath(path)) not in given:
            continue
        elif typed.kind == "plan":
            sources.plan_files.setdefault(typed.model.id, typed.path)
        elif typed.kind == "measurements":
            sources.measurement_files.append(typed.model)
    return sources
