"""`tfi verdict` as a library call: read plans and measurements, judge, render.

Formats: text (a tabulate table per plan and a summary), markdown (for a pull
request or a job summary), json (a list of rows other tools can read) and csv.
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
from .model.measurements import MeasurementFile
from .model.plan import Plan
from .verdict import STATUS_ORDER, MeasurementIndex, Row, Status, judge_plan, summarize

FORMATS = ("text", "markdown", "json", "csv")
TEXT_WIDTH = 60


@dataclass
class VerdictRun:
    rows: list[Row] = field(default_factory=list)
    plans: list[Plan] = field(default_factory=list)
    invalid: list[Finding] = field(default_factory=list)  # files that could not be read


def run_verdict(plan_paths: list[Path], measurement_paths: list[Path], as_of: date) -> VerdictRun:
    """Judge every criterion of the plans under `plan_paths` against all measurements."""
    run = VerdictRun()
    measurement_files: list[MeasurementFile] = []
    files, _ = discover([*plan_paths, *measurement_paths])
    for path in processing_order(files):
        typed, findings = read_typed(path)
        if typed is None:
            run.invalid.extend(f for f in findings if f.severity.value == "error")
            continue
        if typed.kind == "plan":
            run.plans.append(typed.model)
        elif typed.kind == "measurements":
            measurement_files.append(typed.model)
    index = MeasurementIndex.of(measurement_files)
    for plan in run.plans:
        run.rows.extend(judge_plan(plan, index, as_of))
    return run


def filter_rows(rows: list[Row], statuses: list[str]) -> list[Row]:
    if not statuses:
        return rows
    return [row for row in rows if row.status.value in statuses]


def shorten(text: str, width: int = TEXT_WIDTH) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1].rstrip() + "…"


def _status_cell(row: Row) -> str:
    text = row.status.value
    if row.status is Status.PENDING and row.progress is not None:
        share = round(float(row.progress) * 100)
        track = "" if row.on_track is None else (", on track" if row.on_track else ", at risk")
        text += f" ({share} % of the way{track})"
    return text


def _actual_cell(row: Row) -> str:
    if row.actual is None:
        return "—"
    return f"{shorten(row.actual, 40)} ({row.actual_date})" if row.actual_date else shorten(row.actual, 40)


def _table(rows: list[Row], tablefmt: str) -> str:
    from tabulate import tabulate

    body = [
        ["↳ " * row.depth + row.criterion, shorten(row.text), row.target, _actual_cell(row), _status_cell(row)]
        for row in rows
    ]
    return tabulate(body, headers=["criterion", "wording", "target", "actual", "verdict"], tablefmt=tablefmt, disable_numparse=True)


def summary_text(rows: list[Row]) -> str:
    counts = summarize(rows)
    return ", ".join(f"{counts[s.value]} {s.value}" for s in STATUS_ORDER if counts[s.value]) or "no criteria"


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
    for plan in run.plans:
        plan_rows = [row for row in rows if row.plan == plan.id]
        if not plan_rows:
            continue
        heading = f"## {plan.id}: {plan.title}" if markdown else f"{plan.id}: {shorten(plan.title, 80)}"
        parts.append(heading)
        parts.append("")
        parts.append(_table(plan_rows, "github" if markdown else "simple"))
        parts.append("")
        parts.append(("**Summary:** " if markdown else "Summary: ") + summary_text(plan_rows))
        parts.append("")
    parts.append(("**All plans:** " if markdown else "All plans: ") + summary_text(rows))
    for finding in run.invalid:
        parts.append(f"skipped {finding.location()}: {finding.message} (run `tfi check`)")
    return "\n".join(parts) + "\n"
