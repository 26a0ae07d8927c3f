"""Reading a spreadsheet into tables of cells: every sheet of an .xlsx workbook, or one .csv file.

openpyxl is imported only here, when an .xlsx file is read, so `tfi --version` stays fast.
A CSV file is read with the standard library: Danish Excel writes `;` between fields and a
decimal comma (and, as "CSV UTF-8", a byte-order mark; as plain "CSV", Windows-1252).
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Literal

from ..i18n import t
from ..load.discovery import PathError

Convention = Literal["da", "en", "either"]
"""How a number typed as text is read: Danish (1.234,5), English (1234.5), or whichever is unambiguous."""

CellValue = str | int | float | Decimal | bool | date | datetime | None

LARGEST_FILE = 20 * 1024 * 1024
"""No spreadsheet larger than 20 MB is read: a year's results are a few hundred rows (the seeds' two
measurement files hold 31 figures), and an .xlsx of 10,000 such rows is about 0.5 MB."""

MOST_ROWS = 10_000
"""No sheet gives more than 10,000 rows: far beyond a year's results, and a bound on memory and time."""


class TableError(Exception):
    """The file cannot be read as a spreadsheet at all (not one row's fault)."""


@dataclass(frozen=True)
class Cell:
    sheet: str
    row: int  # 1-based, as the spreadsheet numbers it
    column: int  # 1-based: A is 1
    value: CellValue

    @property
    def ref(self) -> str:
        """Where the cell is, as a spreadsheet names it: "Resultater!C7"."""
        # Excel quotes a sheet name that is not one plain word: 'Resultater 2009'!C7.
        sheet = self.sheet if re.fullmatch(r"\w+", self.sheet) else "'" + self.sheet.replace("'", "''") + "'"
        return f"{sheet}!{column_letter(self.column)}{self.row}"


@dataclass
class Table:
    """One sheet: its headings (row 1) and the rows below that hold anything."""

    sheet: str
    convention: Convention
    headings: list[Cell] = field(default_factory=list)
    rows: list[list[Cell]] = field(default_factory=list)


def column_letter(column: int) -> str:
    """1 → A, 26 → Z, 27 → AA (as spreadsheets name columns)."""
    letters = ""
    while column > 0:
        column, rest = divmod(column - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def read_tables(path: Path, wanted: tuple[str, ...] = ()) -> list[Table]:
    """The tables of a .xlsx or .csv file (of an .xlsx, only the sheets `wanted`, if any are named);
    `TableError` if it cannot be read as one, `PathError` for a sheet it does not have."""
    try:
        size = path.stat().st_size
    except OSError as error:
        raise TableError(t("cannot read the file ({reason})", reason=error.strerror or error)) from None
    if size > LARGEST_FILE:
        raise TableError(t("the file is larger than {size} MB; split it", size=LARGEST_FILE // (1024 * 1024)))
    if path.suffix.lower() == ".csv":
        tables = [_csv_table(path)]
        _check_wanted(wanted, [table.sheet for table in tables], path)
        return tables
    return _xlsx_tables(path, wanted)


def _check_wanted(wanted: tuple[str, ...], sheets: list[str], path: Path) -> None:
    for name in wanted:
        if name not in sheets:
            raise PathError(
                t(
                    "{file} has no sheet {sheet} (its sheets: {sheets})",
                    file=path,
                    sheet=repr(name),
                    sheets=", ".join(sheets),
                )
            )


def _xlsx_tables(path: Path, wanted: tuple[str, ...]) -> list[Table]:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        # data_only: a formula gives the value Excel saved with it, not the formula's text.
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError, OSError, EOFError):
        raise TableError(t("cannot read the file as an Excel workbook (.xlsx)")) from None
    try:
        _check_wanted(wanted, workbook.sheetnames, path)
        tables = []
        for sheet in workbook.worksheets:
            if wanted and sheet.title not in wanted:
                continue
            rows = (
                [_as_shown(cell.value, getattr(cell, "number_format", "")) for cell in row] for row in sheet.iter_rows()
            )
            tables.append(_table(sheet.title, "either", rows))
        return tables
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, EOFError):
        raise TableError(t("cannot read the file as an Excel workbook (.xlsx)")) from None
    finally:
        workbook.close()


_LITERALS = re.compile(r'"[^"]*"|\[[^\]]*\]|\\.')  # quoted text, [$-406] and [Red], escaped characters


def _as_shown(value: object, number_format: str) -> object:
    """A date cell as precise as its format shows it: Excel stores "aug 2008" as 2008-08-01 shown
    with `mmm yyyy`, and the analyst meant the month (2008-08), not its first day; `yyyy` is a year."""
    if not isinstance(value, datetime) or value.time() != datetime.min.time():
        return value
    shown = _LITERALS.sub("", number_format.casefold())
    if "d" in shown or "y" not in shown:  # a day is shown, or the format is no date format at all
        return value
    return f"{value.year:04d}-{value.month:02d}" if "m" in shown else f"{value.year:04d}"


def _csv_table(path: Path) -> Table:
    text = _decoded(path.read_bytes())
    first_line = text.split("\n", 1)[0]
    # Danish Excel separates with `;` (the comma is its decimal sign); programs write `,`.
    danish = first_line.count(";") > first_line.count(",")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=";" if danish else ",")
    try:
        return _table(path.stem, "da" if danish else "en", reader)
    except csv.Error:
        raise TableError(t("cannot read the file as CSV")) from None


def _decoded(data: bytes) -> str:
    """UTF-8 (with or without a byte-order mark), else Windows-1252, the code page of Danish Excel's plain CSV."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _table(sheet: str, convention: Convention, rows: Iterable[Sequence[object]]) -> Table:
    table = Table(sheet, convention)
    for number, values in enumerate(rows, start=1):
        cells = [Cell(sheet, number, column, _cell_value(value)) for column, value in enumerate(values, start=1)]
        cells = [cell for cell in cells if cell.value is not None]
        if number == 1:
            table.headings = cells
            continue
        if not cells:
            continue
        if len(table.rows) >= MOST_ROWS:
            raise TableError(t("sheet {sheet} has more than {count} rows; split it", sheet=sheet, count=MOST_ROWS))
        table.rows.append(cells)
    return table


def _cell_value(value: object) -> CellValue:
    """What a cell holds, blank as None; anything else openpyxl may give (a time of day, rich text) as its text."""
    if isinstance(value, str) and not value.strip():
        return None
    if value is None or isinstance(value, str | int | float | Decimal | bool | date | datetime):
        return value
    return str(value)
