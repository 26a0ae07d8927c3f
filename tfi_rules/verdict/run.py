"""`tfi verdict` as a library call: read plans and measurements, judge every criterion
(`render.py` shows the rows)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ..findings import Finding
from ..load.discovery import discover, processing_order
from ..load.typed import collector_paused, read_typed
from ..model.base import VERDICT_RULE
from ..model.mandate import Mandate
from ..model.measurements import MeasurementFile
from ..model.plan import Plan
from .judge import (
    MeasurementIndex,
    Row,
    judge_plan,
)


@dataclass
class VerdictRun:
    rows: list[Row] = field(default_factory=list)
    # With keep_plans=True (the report), also what was read: plans, their files, mandates, measurements.
    plans: list[Plan] = field(default_factory=list)
    plan_files: dict[str, str] = field(default_factory=dict)  # plan id → its file (first wins)
    mandates: dict[str, Mandate] = field(default_factory=dict)
    measurement_files: list[MeasurementFile] = field(default_factory=list)
    titles: dict[str, str] = field(default_factory=dict)  # plan id → title, in reading order
    invalid: list[Finding] = field(default_factory=list)  # files that could not be read
    # Waived is not gone: the plans with a waiver of a tfi check rule (plan id → its file), and, filled in
    # by whoever also runs tfi check on those files (cli.py, the report), each plan's standing waived errors.
    waiver_files: dict[str, str] = field(default_factory=dict)
    waived_errors: dict[str, list[Finding]] = field(default_factory=dict)


def run_verdict(
    plan_paths: list[Path], measurement_paths: list[Path], as_of: date, *, keep_plans: bool = True
) -> VerdictRun:
    """Judge every criterion of the plans under `plan_paths` against all measurements.

    Measurement files are read first, into an index; then plans stream: each is
    judged and dropped (kept in `run.plans` only with `keep_plans`), so memory
    holds the measurements and the rows, not every plan.
    """
    with collector_paused():
        return _run_verdict(plan_paths, measurement_paths, as_of, keep_plans)


def _run_verdict(plan_paths: list[Path], measurement_paths: list[Path], as_of: date, keep_plans: bool) -> VerdictRun:
    run = VerdictRun()
    found = discover([*plan_paths, *measurement_paths])
    files = found.files
    run.invalid.extend(found.refused)  # unreadable folders, links out of the repository
    ordered = processing_order(files)
    # Files under the measurement paths, as discover spells them: no path resolved per file
    # (a system call per path component; `realpath` twice per file cost 0.4 s at 1,000 plans).
    measured = set(discover(measurement_paths).files)
    first = [path for path in ordered if path in measured or "measurements" in path.parts]
    chosen = set(first)

    # Measurements first, into the index; then each plan is judged as it is read, and dropped.
    index = MeasurementIndex()
    rows_by_plan: dict[Path, list[Row]] = {}
    stale = 0  # how many plans (the first in rows_by_plan) were judged before a measurement file among the plans
    for path in [*first, *(path for path in ordered if path not in chosen)]:
        typed, findings = read_typed(path)
        if typed is None:
            run.invalid.extend(f for f in findings if f.severity.value == "error")
            continue
        model = typed.model
        if isinstance(model, MeasurementFile):
            index.add_file(model)
            stale = len(rows_by_plan)  # a count, not a copy of the list: that grew with measurements × plans
            if keep_plans:
                run.measurement_files.append(model)
        elif isinstance(model, Plan):
            rows_by_plan[path] = _judged(model, index, as_of, run, keep_plans)
            if any(waiver.rule != VERDICT_RULE for waiver in model.waivers):
                run.waiver_files.setdefault(model.id, typed.path)
            if keep_plans:
                run.plan_files.setdefault(model.id, typed.path)
        elif keep_plans:
            run.mandates.setdefault(model.id, model)
    for path in list(rows_by_plan)[:stale]:  # rare: read those plans again rather than hold every plan
        typed, _ = read_typed(path)
        if typed is not None and isinstance(typed.model, Plan):
            rows_by_plan[path] = judge_plan(typed.model, index, as_of)
    for rows in rows_by_plan.values():
        run.rows.extend(rows)
    return run


def _judged(plan: Plan, index: MeasurementIndex, as_of: date, run: VerdictRun, keep_plans: bool) -> list[Row]:
    run.titles.setdefault(plan.id, plan.title)
    if keep_plans:
        run.plans.append(plan)
    return judge_plan(plan, index, as_of)
