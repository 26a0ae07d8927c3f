"""`tfi verdict --format xlsx`: a workbook for the committee secretary.

An overview sheet (each plan's verdicts counted) and one sheet per plan (a row per criterion:
its target and what was measured as sentences and as numbers, the verdict and its reason).
Numbers are numbers, not text, with their unit in the cell's number format (`97.22 %` is the
number 97.22 shown with " %"), so a spreadsheet can sort and sum them. Headings and verdicts
are in the language in use. openpyxl is imported only here.
"""

from __future__ import annotations

import io
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING

from ..findings import Finding
from ..i18n import t
from ..numbers import MOST_DECIMALS, UNIT_SYMBOLS, decimals
from .judge import STATUS_ORDER, Row, status_label, summarize
from .run import VerdictRun

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

SHEET_NAME_LENGTH = 31
"""Excel refuses a sheet name longer than 31 characters."""

_WIDTHS = {
    "criterion": 28,
    "wording": 60,
    "target": 24,
    "number": 12,
    "actual": 32,
    "date": 12,
    "verdict": 16,
    "reason": 50,
}


def render_xlsx(run: VerdictRun, rows: list[Row]) -> bytes:
    """The workbook, as the bytes of an .xlsx file."""
    from openpyxl import Workbook

    book = Workbook()
    overview = book.active
    assert overview is not None  # a new workbook has one sheet
    by_plan: dict[str, list[Row]] = {}
    for row in rows:
        by_plan.setdefault(row.plan, []).append(row)
    names = _sheet_names([t("Overview"), *(plan for plan in run.titles if plan in by_plan)])
    overview.title = names[0]
    _overview(overview, run, by_plan, rows)
    for plan_id, name in zip((plan for plan in run.titles if plan in by_plan), names[1:], strict=True):
        _plan_sheet(book.create_sheet(name), by_plan[plan_id])
        _waived_errors(book[name], run.waived_errors.get(plan_id, []))
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _sheet_names(wanted: list[str]) -> list[str]:
    """Names Excel accepts: at most 31 characters, and unique without regard to case."""
    taken: set[str] = set()
    # The last number given to each name's first 31 characters (all that its candidates are made
    # of): plans whose names agree that far try each number once, not every number from 2 again
    # (quadratic in the plans). Numbers below it were taken, and stay taken.
    last_number: dict[str, int] = {}
    names = []
    for name in wanted:
        key = name[:SHEET_NAME_LENGTH].casefold()
        candidate, number = name[:SHEET_NAME_LENGTH], last_number.get(key, 1)
        while candidate.casefold() in taken:
            number += 1
            suffix = f"-{number}"
            candidate = name[: SHEET_NAME_LENGTH - len(suffix)] + suffix
        last_number[key] = number
        taken.add(candidate.casefold())
        names.append(candidate)
    return names


def _overview(sheet: Worksheet, run: VerdictRun, by_plan: dict[str, list[Row]], rows: list[Row]) -> None:
    from openpyxl.styles import Font

    statuses = STATUS_ORDER
    sheet.append([t("plan"), t("title"), *(status_label(status) for status in statuses), t("criteria")])
    for plan_id, title in run.titles.items():
        if plan_id in by_plan:
            counts = summarize(by_plan[plan_id])
            sheet.append([plan_id, title, *(counts[status.value] for status in statuses), len(by_plan[plan_id])])
    counts = summarize(rows)
    sheet.append([t("All plans"), "", *(counts[status.value] for status in statuses), len(rows)])
    as_of = rows[0].as_of if rows else None
    if as_of is not None:
        sheet.append([])
        sheet.append([t("as of"), as_of])
        sheet.cell(sheet.max_row, 2).number_format = "yyyy-mm-dd"
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.column_dimensions["A"].width = 28
    sheet.column_dimensions["B"].width = 60
    sheet.freeze_panes = "A2"


def _waived_errors(sheet: Worksheet, findings: list[Finding]) -> None:
    """Below the criteria, the plan's standing waived errors (waived, not gone): rule, place, finding, reason."""
    from openpyxl.styles import Alignment, Font

    if not findings:
        return
    sheet.append([])
    sheet.append([t("Standing waived errors:")])
    sheet.cell(sheet.max_row, 1).font = Font(bold=True)
    for finding in findings:
        reason = t("waived: {reason} ({approval})", reason=finding.waiver_reason, approval=finding.waiver_approval)
        sheet.append([finding.rule, finding.message, finding.location(), None, reason])
        for column in (2, 5):
            sheet.cell(sheet.max_row, column).alignment = Alignment(wrap_text=True, vertical="top")


def _plan_sheet(sheet: Worksheet, rows: list[Row]) -> None:
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    columns = [
        ("criterion", t("criterion")),
        ("wording", t("wording")),
        ("target", t("target")),
        ("number", t("target figure")),
        ("actual", t("actual")),
        ("number", t("measured figure")),
        ("date", t("measured on")),
        ("verdict", t("verdict")),
        ("reason", t("reason")),
    ]
    sheet.append([heading for _, heading in columns])
    for row in rows:
        sheet.append(
            [
                "↳ " * row.depth + row.criterion,
                row.text,
                row.target,
                _number(row.target_number),
                row.actual,
                _number(row.actual_number),
                row.actual_date,
                status_label(row.status),
                row.reason or None,
            ]
        )
        line = sheet.max_row
        for column, unit in ((4, row.target_unit), (6, row.actual_unit)):
            figure = sheet.cell(line, column)
            if isinstance(figure.value, int | Decimal):
                figure.number_format = number_format(figure.value, unit)
        for column in (2, 5, 9):
            sheet.cell(line, column).alignment = Alignment(wrap_text=True, vertical="top")
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for number, (kind, _) in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(number)].width = _WIDTHS[kind]
    sheet.freeze_panes = "B2"


def _number(value: Fraction | None) -> Decimal | int | None:
    """An exact figure as the cell's number: whole numbers as integers, others as a Decimal of at most
    MOST_DECIMALS places (35 of 36 in per cent is 97.222222; the cell's format shows two decimals)."""
    if value is None:
        return None
    if value.denominator == 1:
        return value.numerator
    exact = Decimal(value.numerator) / Decimal(value.denominator)
    return exact.quantize(Decimal(1).scaleb(-MOST_DECIMALS)).normalize()


def number_format(value: int | Decimal, unit: str | None) -> str:
    """The unit in the number format: 97.22 shows as "97.22 %", 50000 as "50,000 kr." (Excel writes the
    separators of the reader's locale: "97,22 %" and "50.000 kr." in Danish)."""
    places = 2 if unit == "percent" and not isinstance(value, int) else min(decimals(value), MOST_DECIMALS)
    digits = "#,##0" + ("." + "0" * places if places else "")
    symbol = UNIT_SYMBOLS.get(unit or "", "")
    return f'{digits}" {symbol}"' if symbol else digits
