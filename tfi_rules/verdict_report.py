"""`tfi verdict` as a library call: read plans and measurements, judge, render.

Formats: text (a tabulate table per plan and a summary), markdown (for a pull
request or a job summary), json (a list of rows other tools can read) and csv.

Text and markdown are for people and speak the language in use. JSON and CSV
are for programs: their keys and column names, status ids, dates and numbers
(`plain_number`) are the same in every language; only the sentences inside
them (a target, a measured figure, a reason) are in the language in use.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .checker import read_typed
from .discovery import discover, processing_order
from .findings import Finding
from .i18n import t
from .model.mandate import Mandate
from .model.measurements import MeasurementFile
from .model.plan import Plan
from .numbers import format_number
from .verdict import (
    STATUS_ORDER,
    MeasurementIndex,
    Row,
    Status,
    judge_plan,
    status_label,
    summarize,
)

FORMATS = ("text", "markdown", "json", "csv")
TEXT_WIDTH = 60


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


def run_verdict(
    plan_paths: list[Path], measurement_paths: list[Path], as_of: date, *, keep_plans: bool = True
) -> VerdictRun:
    """Judge every criterion of the plans under `plan_paths` against all measurements.

    Measurement files are read first, into an index; then plans stream: each is
    judged and dropped (kept in `run.plans` only with `keep_plans`), so memory
    holds the measurements and the rows, not every plan.
    """
    import gc

    # As in `tfi check`: models hold no reference cycles, so the cyclic collector would only
    # rescan the growing index and rows (most of the time at 10,000 plans).
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _run_verdict(plan_paths, measurement_paths, as_of, keep_plans)
    finally:
        if collecting:
            gc.enable()


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
    stale: list[Path] = []  # plans judged before a measurement file found among the plans
    for path in [*first, *(path for path in ordered if path not in chosen)]:
        typed, findings = read_typed(path)
        if typed is None:
            run.invalid.extend(f for f in findings if f.severity.value == "error")
        elif typed.kind == "measurements":
            index.add_file(typed.model)
            stale = list(rows_by_plan)
            if keep_plans:
                run.measurement_files.append(typed.model)
        elif typed.kind == "plan":
            rows_by_plan[path] = _judged(typed.model, index, as_of, run, keep_plans)
            if keep_plans:
                run.plan_files.setdefault(typed.model.id, typed.path)
        elif typed.kind == "mandate" and keep_plans:
            run.mandates.setdefault(typed.model.id, typed.model)
    for path in stale:  # rare: read those plans again rather than hold every plan
        typed, _ = read_typed(path)
        if typed is not None:
            rows_by_plan[path] = judge_plan(typed.model, index, as_of)
    for rows in rows_by_plan.values():
        run.rows.extend(rows)
    return run


def _judged(plan: Plan, index: MeasurementIndex, as_of: date, run: VerdictRun, keep_plans: bool) -> list[Row]:
    run.titles.setdefault(plan.id, plan.title)
    if keep_plans:
        run.plans.append(plan)
    return judge_plan(plan, index, as_of)


def filter_rows(rows: list[Row], statuses: list[str]) -> list[Row]:
    if not statuses:
        return rows
    return [row for row in rows if row.status.value in statuses]


def shorten(text: str, width: int = TEXT_WIDTH) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1].rstrip() + "…"


def _status_cell(row: Row) -> str:
    status = status_label(row.status)
    if row.status is not Status.PENDING or row.progress is None:
        return status
    share = format_number(round(float(row.progress) * 100))
    if row.on_track is None:
        return t("{status} ({share} % of the way)", status=status, share=share)
    if row.on_track:
        return t("{status} ({share} % of the way, on track)", status=status, share=share)
    return t("{status} ({share} % of the way, at risk)", status=status, share=share)


def _actual_cell(row: Row) -> str:
    if row.actual is None:
        return "—"
    return f"{shorten(row.actual, 40)} ({row.actual_date})" if row.actual_date else shorten(row.actual, 40)


def _table(rows: list[Row], tablefmt: str) -> str:
    from tabulate import tabulate  # type: ignore[import-untyped]

    body = [
        ["↳ " * row.depth + row.criterion, shorten(row.text), row.target, _actual_cell(row), _status_cell(row)]
        for row in rows
    ]
    headers = [t("criterion"), t("wording"), t("target"), t("actual"), t("verdict")]
    return tabulate(body, headers=headers, tablefmt=tablefmt, disable_numparse=True)


def summary_text(rows: list[Row]) -> str:
    """`1 met, 13 no data` ("opfyldt: 1, ingen data: 13" in Danish, where a verdict's name does not bend with a count)."""
    counts = summarize(rows)
    parts = [
        t("{count} {verdict}", count=format_number(counts[status.value]), verdict=status_label(status))
        for status in STATUS_ORDER
        if counts[status.value]
    ]
    return ", ".join(parts) or t("no criteria")


def render(run: VerdictRun, rows: list[Row], fmt: str) -> str:
    if fmt == "json":
        return json.dumps([row.to_json() for row in rows], ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        buffer = io.StringIO()
        columns = list(rows[0].to_json()) if rows else ["plan", "criterion", "text", "target", "actual", "actual_date", "as_of", "status"]
        writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow(row.to_json())
        return buffer.getvalue()
    markdown = fmt == "markdown"
    parts: list[str] = []
    by_plan: dict[str, list[Row]] = {}
    for row in rows:
        by_plan.setdefault(row.plan, []).append(row)
    for plan_id, title in run.titles.items():
        plan_rows = by_plan.get(plan_id)
        if not plan_rows:
            continue
        heading = f"## {plan_id}: {title}" if markdown else f"{plan_id}: {shorten(title, 80)}"
        parts.append(heading)
        parts.append("")
        parts.append(_table(plan_rows, "github" if markdown else "simple"))
        parts.append("")
        summary = summary_text(plan_rows)
        parts.append(t("**Summary:** {summary}", summary=summary) if markdown else t("Summary: {summary}", summary=summary))
        parts.append("")
    summary = summary_text(rows)
    parts.append(t("**All plans:** {summary}", summary=summary) if markdown else t("All plans: {summary}", summary=summary))
    for finding in run.invalid:
        parts.append(t("skipped {location}: {message} (run `tfi check`)", location=finding.location(),
                       message=finding.message))
    return "\n".join(parts) + "\n"
