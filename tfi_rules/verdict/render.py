"""How `tfi verdict` shows its rows: text (a tabulate table per plan and a summary), markdown
(for a pull request or a job summary), json (a list of rows other tools can read) and csv.

Text and markdown are for people and speak the language in use. JSON and CSV
are for programs: their keys and column names, status ids, dates and numbers
(`plain_number`) are the same in every language; only the sentences inside
them (a target, a measured figure, a reason) are in the language in use.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from itertools import chain

from ..describe import moment_label
from ..files import TextOut
from ..findings import Finding
from ..i18n import language, t
from ..markdown import cell
from ..numbers import format_number
from .judge import STATUS_ORDER, Row, Status, status_label, summarize
from .run import VerdictRun

FORMATS = ("text", "markdown", "json", "csv")
STREAMED_FORMATS = ("json", "csv")  # written a row at a time (`write_rows`), never all rows in memory
BINARY_FORMATS = ("xlsx",)  # written to a file only (`--output`); `xlsx.render_xlsx`
TEXT_WIDTH = 60


def filter_rows(rows: list[Row], statuses: list[str]) -> list[Row]:
    """The rows with one of `statuses` (all rows when none is given)."""
    return list(rows_with_status(rows, statuses)) if statuses else rows


def rows_with_status(rows: Iterable[Row], statuses: list[str]) -> Iterator[Row]:
    """`filter_rows`, a row at a time."""
    return (row for row in rows if not statuses or row.status.value in statuses)


def write_rows(rows: Iterable[Row], fmt: str, out: TextOut, waived_errors: dict[str, list[Finding]]) -> None:
    """The same text as `render` gives in json or csv, written a row at a time; `waived_errors` is each
    plan's standing waived errors (`VerdictRun.waived_errors`)."""
    if fmt == "json":
        separator = "[\n  "
        for row in rows:
            text = json.dumps(_row_json(row, waived_errors), ensure_ascii=False, indent=2)
            out.write(separator + text.replace("\n", "\n  "))
            separator = ",\n  "
        out.write("[]\n" if separator == "[\n  " else "\n]\n")
    elif fmt == "csv":
        _write_csv(iter(rows), out, waived_errors, excel_da=language() == "da")
    else:
        raise ValueError(f"{fmt} is not written a row at a time")


def shorten(text: str, width: int = TEXT_WIDTH) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1].rstrip() + "…"


def _status_cell(row: Row) -> str:
    status = status_label(row.status)
    if row.status not in (Status.PENDING, Status.NO_FINAL) or row.progress is None:
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
    when = moment_label(row.actual_date) if row.actual_date else ""
    return f"{shorten(row.actual, 40)} ({when})" if when else shorten(row.actual, 40)


def _table(rows: list[Row], tablefmt: str) -> str:
    from tabulate import tabulate  # type: ignore[import-untyped]

    body = [
        ["↳ " * row.depth + row.criterion, shorten(row.text), row.target, _actual_cell(row), _status_cell(row)]
        for row in rows
    ]
    headers = [t("criterion"), t("wording"), t("target"), t("actual"), t("verdict")]
    if tablefmt == "github":  # plan text in Markdown: a `|` must not add a column, HTML must not pass
        body = [[cell(value) for value in values] for values in body]
    return tabulate(body, headers=headers, tablefmt=tablefmt, disable_numparse=True)


def reason_lines(rows: list[Row], markdown: bool) -> list[str]:
    """A line for every row whose verdict has a reason (every row that is not plainly met or not met:
    why not comparable, why no final figure, which reading; and a met or not met that says more)."""
    lines = []
    for row in rows:
        if not row.reason:
            continue
        label = status_label(row.status)
        if markdown:
            lines.append(f"- `{row.criterion}` ({label}): {' '.join(row.reason.split())}")
        else:
            lines.append(f"  {row.criterion} ({label}): {' '.join(row.reason.split())}")
    return lines


def waived_error_lines(findings: list[Finding], markdown: bool) -> list[str]:
    """A plan's standing waived errors: a waiver keeps them from failing tfi check, but they stand, and a
    reader of the verdict must see them (the 2009 plan spends 5 årsværk of a mandate of 4)."""
    if not findings:
        return []
    lines = [t("**Standing waived errors:**") if markdown else t("Standing waived errors:")]
    for finding in findings:
        approval = finding.waiver_approval  # never empty: apply_waivers gives describe.waiver_approval
        if markdown:
            lines.append(
                f"- `{cell(finding.rule)}` ({cell(finding.location())}): {cell(finding.message)} — "
                + t("waived: {reason} ({approval})", reason=cell(finding.waiver_reason), approval=cell(approval))
            )
        else:
            lines.append(f"  {finding.rule} ({finding.location()}): {' '.join(finding.message.split())}")
            reason = " ".join(finding.waiver_reason.split())
            lines.append("    " + t("waived: {reason} ({approval})", reason=reason, approval=approval))
    return lines


def waived_error_json(finding: Finding) -> dict[str, object]:
    """A standing waived error for programs: where, what, the waiver's reason and whether anyone approved it."""
    return {
        "rule": finding.rule,
        "file": finding.file,
        "line": finding.line,
        "column": finding.column,
        "pointer": finding.pointer,
        "message": finding.message,
        "reason": finding.waiver_reason,
        "reason_language": finding.waived_language or None,
        "approval": finding.waiver_approval,
        "approved": not finding.waiver_unapproved,
    }


def summary_text(rows: list[Row]) -> str:
    """`1 met, 13 no data` ("opfyldt: 1, ingen data: 13" in Danish, where a verdict's name does not bend with a count)."""
    counts = summarize(rows)
    parts = [
        t("{count} {verdict}", count=format_number(counts[status.value]), verdict=status_label(status))
        for status in STATUS_ORDER
        if counts[status.value]
    ]
    return ", ".join(parts) or t("no criteria")


def _csv(rows: list[Row], waived_errors: dict[str, list[Finding]], *, excel_da: bool) -> str:
    """CSV for programs (English: `,` and decimal points), or, in Danish, what Danish Excel opens as it
    is: `;` between fields (the comma is its decimal sign), a decimal comma, and a UTF-8 byte-order mark
    (without one, Excel reads the file as Windows-1252 and "målt" becomes "mÃ¥lt"). The columns are the
    JSON keys in both, so one script reads either (`delimiter=";"` for the Danish one)."""
    buffer = io.StringIO()
    _write_csv(iter(rows), buffer, waived_errors, excel_da=excel_da)
    return buffer.getvalue()


def _write_csv(rows: Iterator[Row], out: TextOut, waived_errors: dict[str, list[Finding]], *, excel_da: bool) -> None:
    first = next(rows, None)
    columns = [
        *(
            list(first.to_json())
            if first is not None
            else ["plan", "criterion", "text", "target", "actual", "actual_date", "as_of", "status"]
        ),
        "plan_waived_errors",
    ]
    if excel_da:
        out.write("\ufeff")
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n", delimiter=";" if excel_da else ",")
    writer.writeheader()
    for row in chain([first] if first is not None else [], rows):
        fields = _csv_cells(row)
        fields["plan_waived_errors"] = "; ".join(
            f"{finding.rule} ({finding.location()}): {finding.message} [{finding.waiver_approval}]"
            for finding in waived_errors.get(row.plan, [])
        )
        if excel_da and fields.get("progress") is not None:
            fields["progress"] = str(fields["progress"]).replace(".", ",")
        writer.writerow(fields)


def _row_json(row: Row, waived_errors: dict[str, list[Finding]]) -> dict[str, object]:
    """A row for JSON, with its plan's standing waived errors."""
    return {**row.to_json(), "plan_waived_errors": [waived_error_json(f) for f in waived_errors.get(row.plan, [])]}


def _csv_cells(row: Row) -> dict[str, object]:
    """A row for CSV, a cell a field: the readings as "relative_percent: met; percentage_points: not met",
    the decisions as "measurement: the source does not say (coordinator, 2026-12-01)"."""
    cells = row.to_json()
    cells["readings"] = "; ".join(f"{reading.reading}: {reading.status.value}" for reading in row.readings)
    cells["decisions"] = "; ".join(
        f"{decision['about']}: {decision['note'] or ''} ({decision['by']}, {decision['on']})".replace(":  (", ": (")
        for decision in row.decisions
    )
    return cells


def render(run: VerdictRun, rows: list[Row], fmt: str) -> str:
    if fmt == "json":
        data = [_row_json(row, run.waived_errors) for row in rows]
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        return _csv(rows, run.waived_errors, excel_da=language() == "da")
    markdown = fmt == "markdown"
    parts: list[str] = []
    by_plan: dict[str, list[Row]] = {}
    for row in rows:
        by_plan.setdefault(row.plan, []).append(row)
    for plan_id, title in run.titles.items():
        plan_rows = by_plan.get(plan_id)
        if not plan_rows:
            continue
        heading = f"## {cell(plan_id)}: {cell(title)}" if markdown else f"{plan_id}: {shorten(title, 80)}"
        parts.append(heading)
        parts.append("")
        # The day judged, under each plan's heading: a plan's section is read (and pasted) on its own.
        judged = t("Judged as of {day}", day=plan_rows[0].as_of.isoformat())
        parts.extend([f"_{judged}_" if markdown else judged, ""])
        parts.append(_table(plan_rows, "github" if markdown else "simple"))
        parts.append("")
        reasons = reason_lines(plan_rows, markdown)
        if reasons:
            parts.extend([t("Why:") if not markdown else t("**Why:**"), *reasons, ""])
        waived = waived_error_lines(run.waived_errors.get(plan_id, []), markdown)
        if waived:
            parts.extend([*waived, ""])
        summary = summary_text(plan_rows)
        parts.append(
            t("**Summary:** {summary}", summary=summary) if markdown else t("Summary: {summary}", summary=summary)
        )
        parts.append("")
    summary = summary_text(rows)
    parts.append(
        t("**All plans:** {summary}", summary=summary) if markdown else t("All plans: {summary}", summary=summary)
    )
    for finding in run.invalid:
        parts.append(
            t("skipped {location}: {message} (run `tfi check`)", location=finding.location(), message=finding.message)
        )
    return "\n".join(parts) + "\n"
