"""`tfi verdict` as a library call: read plans and measurements, judge every criterion
(`render.py` shows the rows)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ..findings import Finding
from ..load.discovery import discover, in_folder_named, path_key, processing_order
from ..load.typed import collector_paused, read_typed
from ..model.base import VERDICT_RULE
from ..model.mandate import Mandate
from ..model.measurements import MeasurementFile
from ..model.plan import Plan
from ..spool import Spool
from .judge import (
    MeasurementIndex,
    Row,
    judge_plan,
)

# The rows kept of a plan handed over: one empty list for them all, never added to (a list a plan took 56 bytes).
_HANDED: list[Row] = []


@dataclass
class VerdictRun:
    rows: list[Row] = field(default_factory=list)
    # With keep_plans=True (the report), also what was read: plans, their files, mandates, measurements.
    plans: list[Plan] = field(default_factory=list)
    plan_files: dict[str, str] = field(default_factory=dict)  # plan id → its file (first wins)
    mandates: dict[str, Mandate] = field(default_factory=dict)
    measurement_files: list[MeasurementFile] = field(default_factory=list)
    # Every measurement read, by criterion and indicator: what the plans were judged against (the report
    # draws its charts from it rather than index the measurements again).
    index: MeasurementIndex = field(default_factory=MeasurementIndex)
    titles: dict[str, str] = field(default_factory=dict)  # plan id → title, in reading order
    invalid: list[Finding] = field(default_factory=list)  # files that could not be read
    # Waived is not gone: the plans with a waiver of a tfi check rule (plan id → its file), and, filled in
    # by whoever also runs tfi check on those files (cli.py, the report), each plan's standing waived errors.
    waiver_files: dict[str, str] = field(default_factory=dict)
    waived_errors: dict[str, list[Finding]] = field(default_factory=dict)
    # With a spool (`tfi verdict --format json|csv`), each plan's rows are there, by the plan's file,
    # not in `rows`; `not_met` says, by the plan's file, whether a row fails `--fail-on not-met`.
    spool: Spool[str] | None = None
    not_met: dict[str, bool] = field(default_factory=dict)
    # With `on_plan`: True when the run stopped handing plans over and holds them all, with their rows, as
    # without it: `on_plan` refused a plan, or a measurement file was found among plans already handed
    # over (their rows did not count it). The plans handed over were read and judged again.
    whole: bool = False

    def all_rows(self) -> Iterator[Row]:
        """Every row in order, read from the spool a plan at a time."""
        if self.spool is None:
            yield from self.rows
            return
        for _path, rows in self.spool:
            yield from rows

    def any_not_met(self) -> bool:
        """A goal is not met, or not met under one of its readings (what `--fail-on not-met` fails on)."""
        return any(self.not_met.values()) or any(row.not_met_under_a_reading for row in self.rows)

    def close(self) -> None:
        """Remove the spool's file, if there is one."""
        if self.spool is not None:
            self.spool.close()


def run_verdict(
    plan_paths: list[Path],
    measurement_paths: list[Path],
    as_of: date,
    *,
    keep_plans: bool = True,
    spool: bool = False,
    on_plan: Callable[[VerdictRun, Plan, str, list[Row]], bool] | None = None,
) -> VerdictRun:
    """Judge every criterion of the plans under `plan_paths` against all measurements.

    Measurement files are read first, into an index; then plans stream: each is
    judged and dropped (kept in `run.plans` only with `keep_plans`), so memory
    holds the measurements and the rows, not every plan; with `spool`, not the
    rows either: each plan's rows go to a spool on disk (`run.all_rows()`). With
    `on_plan`, the run so far, each plan, its file and its rows go to it as the plan is
    judged (the report), and it returns whether it took them: neither the plans nor the
    rows it took are kept. Where it refuses a plan (it needs every plan at once), or a
    measurement file or a mandate comes after plans it took, the run keeps the plans and rows from
    there on and reads those it handed over again: `run.whole` says so.
    """
    with collector_paused():
        return _run_verdict(plan_paths, measurement_paths, as_of, keep_plans, spool, on_plan)


def _run_verdict(
    plan_paths: list[Path],
    measurement_paths: list[Path],
    as_of: date,
    keep_plans: bool,
    spool: bool,
    on_plan: Callable[[VerdictRun, Plan, str, list[Row]], bool] | None = None,
) -> VerdictRun:
    run = VerdictRun(spool=Spool() if spool else None)
    found = discover([*plan_paths, *measurement_paths])
    files = found.files
    run.invalid.extend(found.refused)  # unreadable folders, links out of the repository
    ordered = processing_order(files)
    # Files under the measurement paths, as discover spells them: no path resolved per file
    # (a system call per path component; `realpath` twice per file cost 0.4 s at 1,000 plans).
    measured = {path_key(path) for path in discover(measurement_paths).files}
    first = [path for path in ordered if path_key(path) in measured or in_folder_named(path, "measurements")]
    chosen = set(first)

    # Measurements first, into the index; then each plan is judged as it is read, and dropped.
    index = run.index
    rows_by_plan: dict[str, list[Row]] = {}
    stale = 0  # how many plans (the first in rows_by_plan) were judged before a measurement file among the plans
    handing = on_plan is not None  # plans go to `on_plan` (until it refuses one, or they go stale)
    handed = 0  # how many plans (the first in rows_by_plan) went to `on_plan` and were dropped
    for path in [*first, *(path for path in ordered if path not in chosen)]:
        typed, findings = read_typed(Path(path))
        if typed is None:
            run.invalid.extend(f for f in findings if f.severity.value == "error")
            continue
        typed.path = path  # the same text, str(Path)'s copy aside (the run keeps it: 73 bytes a file)
        model = typed.model
        if isinstance(model, MeasurementFile):
            index.add_file(model)
            # A count, not a copy of the list: that grew with measurements × plans.
            stale = len(run.spool) if run.spool is not None else len(rows_by_plan)
            handing = handing and not stale  # the plans handed over did not count it
            if keep_plans:
                run.measurement_files.append(model)
        elif isinstance(model, Plan):
            run.titles.setdefault(model.id, model.title)
            rows = judge_plan(model, index, as_of)
            if any(waiver.rule != VERDICT_RULE for waiver in model.waivers):
                run.waiver_files.setdefault(model.id, typed.path)
            if keep_plans:
                run.plan_files.setdefault(model.id, typed.path)
            if handing and on_plan is not None and on_plan(run, model, typed.path, rows):
                handed += 1
                rows = _HANDED
            else:
                handing = False
                if keep_plans:
                    run.plans.append(model)
            _keep(run, rows_by_plan, path, rows)
        else:  # a mandate
            if keep_plans:
                run.mandates.setdefault(model.id, model)
            # Read after plans handed over (a mandate not named "mandate…"): they went without it.
            handing = handing and not handed
    if handing:  # every plan went to `on_plan`, none stale
        return run
    run.whole = on_plan is not None
    judged = list(run.spool.keys()) if run.spool is not None else list(rows_by_plan)
    handed_plans: list[Plan] = []
    # Rare: read those plans again rather than hold every plan.
    for number, path in enumerate(judged[: max(stale, handed)]):
        typed, _ = read_typed(Path(path))
        if typed is not None and isinstance(typed.model, Plan):
            if keep_plans and number < handed:
                handed_plans.append(typed.model)
            _keep(run, rows_by_plan, path, judge_plan(typed.model, index, as_of))
    run.plans[:0] = handed_plans  # they came first
    for rows in rows_by_plan.values():
        run.rows.extend(rows)
    return run


def _keep(run: VerdictRun, rows_by_plan: dict[str, list[Row]], path: str, rows: list[Row]) -> None:
    """A plan's rows, in its place among the plans: in memory, or in the run's spool."""
    if run.spool is None:
        rows_by_plan[path] = rows
        return
    run.spool.replace(path, rows)
    run.not_met[path] = any(row.not_met_under_a_reading for row in rows)
