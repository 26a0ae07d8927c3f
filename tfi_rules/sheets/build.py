"""Rows of a results sheet → a measurements file: every row checked, then the whole file
validated through the same model `tfi check` uses, before a byte is written.

A problem is named by its cell ("Resultater!C7") with what to write instead; the file is
made only when there are none.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..findings import parse_pointer
from ..i18n import t
from ..load.discovery import PathError
from ..load.loader import DEFAULT_LIMITS
from ..load.validation import SCHEMA_RULE, validate
from ..model.types import ID_PATTERN
from ..numbers import format_count
from ..suggest import did_you_mean
from . import cells
from .cells import CellProblem, Refused
from .columns import FIELD_BY_HEADING, FIGURES, normal
from .measurements_file import head, item, render_yaml, same_when_read_back
from .tables import Cell, Table, column_letter, read_tables


@dataclass
class Row:
    """One row of a sheet on its way to a measurement: its fields, and the cell each came from."""

    first: Cell  # where the row is, for a problem of the row as a whole
    fields: dict[str, Any] = field(default_factory=dict)
    places: dict[str, Cell] = field(default_factory=dict)
    refused: set[str] = field(default_factory=set)  # fields whose cell is already reported


@dataclass
class Imported:
    """The measurements file made from a spreadsheet (`text` is None when any row is bad)."""

    text: str | None
    rows: int
    problems: list[CellProblem]


def file_id(output: Path) -> str:
    """The measurements file's id: its name (measurements/resultater-2009.yaml → resultater-2009)."""
    name = output.name.removesuffix(".yaml").removesuffix(".yml")
    if name == output.name or not re.fullmatch(ID_PATTERN, name):  # no .yaml: `tfi check` would not find it
        raise PathError(
            t(
                "{output}: the file's name is its id and must be lowercase letters, digits and hyphens, "
                "such as measurements/resultater-2009.yaml",
                output=output,
            )
        )
    return name


def import_measurements(spreadsheet: Path, output: Path, sheets: tuple[str, ...] = ()) -> Imported:
    """Read `spreadsheet` (only the `sheets` named, if any) and make the measurements file `output` will hold."""
    identity = file_id(output)
    tables = read_tables(spreadsheet, sheets)
    problems: list[CellProblem] = []
    rows: list[Row] = []
    for table in tables:
        table_rows, table_problems = _rows(table)
        rows.extend(table_rows)
        problems.extend(table_problems)
    if not rows and not problems:
        first = Cell(tables[0].sheet if tables else spreadsheet.stem, 1, 1, None)
        problems.append(
            CellProblem(
                first,
                t("no rows of results below the headings"),
                t("write one row per figure under headings such as indikator, værdi, enhed, dato"),
            )
        )
    for number, row in enumerate(rows, start=1):
        row.fields.setdefault("id", f"{identity}-{number}")
    data = {
        "kind": "measurements",
        "id": identity,
        "title": spreadsheet.name,
        "source": {"title": spreadsheet.name},
        "measurements": [row.fields for row in rows],
    }
    problems += _duplicate_ids(rows) + _model_problems(data, rows)
    if problems:
        order = [table.sheet for table in tables]
        problems.sort(
            key=lambda p: (order.index(p.cell.sheet) if p.cell.sheet in order else 0, p.cell.row, p.cell.column)
        )
        return Imported(None, len(rows), problems)
    text = render_yaml(data, [(_place(row), row.fields) for row in rows], spreadsheet.name)
    too_large = _too_large(text, rows, head(data, spreadsheet.name))
    if too_large is not None:
        return Imported(None, len(rows), [too_large])
    same_when_read_back(text, output)
    return Imported(text, len(rows), [])


def _rows(table: Table) -> tuple[list[Row], list[CellProblem]]:
    if not table.headings and not table.rows:
        return [], []  # an empty sheet (a workbook's unused "Ark2")
    columns, problems = _columns(table)
    if problems:
        return [], problems
    rows = []
    for cells_of_row in table.rows:
        row, row_problems = _row(cells_of_row, columns, table)
        problems += row_problems
        rows.append(row)
    return rows, problems


def _columns(table: Table) -> tuple[dict[int, str], list[CellProblem]]:
    """Column number → field, from the headings in row 1."""
    columns: dict[int, str] = {}
    problems: list[CellProblem] = []
    seen: dict[str, Cell] = {}
    for heading in table.headings:
        written = cells.text(heading)
        name = FIELD_BY_HEADING.get(normal(written))
        if name is None:
            problems.append(
                CellProblem(
                    heading,
                    t(
                        "unknown heading {heading}{suggestion}",
                        heading=repr(written),
                        suggestion=did_you_mean(normal(written), FIELD_BY_HEADING),
                    ),
                    t("the headings are listed in the README (Results from spreadsheets)"),
                )
            )
        elif name in seen:
            problems.append(
                CellProblem(
                    heading,
                    t("a second column for {field} (the first is {cell})", field=name, cell=seen[name].ref),
                    t("keep one of the two columns"),
                )
            )
        else:
            seen[name] = heading
            columns[heading.column] = name
    corner = Cell(table.sheet, 1, 1, None)
    if not problems and not ({"criterion", "indicator"} & set(seen)):
        problems.append(
            CellProblem(
                corner,
                t("no column says what was measured"),
                t("add a column kriterium (criterion) or indikator (indicator)"),
            )
        )
    if not problems and "date" not in seen:
        problems.append(
            CellProblem(corner, t("no column says when"), t("add a column dato (date) or periode (period)"))
        )
    if not problems and not (set(FIGURES) & set(seen)):
        problems.append(
            CellProblem(
                corner,
                t("no column holds the figures"),
                t("add a column værdi (value), or tæller and nævner (numerator and denominator)"),
            )
        )
    return columns, problems


def _converter(name: str, convention: cells.Convention) -> Callable[[Cell], Any]:
    if name == "value":
        return lambda cell: cells.number(cell, convention)
    if name in ("numerator", "denominator"):
        return lambda cell: cells.count(cell, convention)
    if name == "unit":
        return cells.unit
    if name == "done":
        return cells.yes_no
    if name == "date":
        return cells.moment
    if name == "source":
        return lambda cell: {"title": cells.text(cell)}
    return cells.text


def _row(row_cells: list[Cell], columns: dict[int, str], table: Table) -> tuple[Row, list[CellProblem]]:
    row = Row(first=Cell(table.sheet, row_cells[0].row, 1, None))
    problems: list[CellProblem] = []
    for cell in row_cells:
        name = columns.get(cell.column)
        if name is None:
            problems.append(
                CellProblem(
                    cell,
                    t("a value in a column without a heading"),
                    t("give column {column} a heading, or empty it", column=column_letter(cell.column)),
                )
            )
            continue
        try:
            row.fields[name] = _converter(name, table.convention)(cell)
        except Refused as refused:
            problems.append(CellProblem(cell, refused.message, refused.hint))
            row.refused.add(name)
        row.places[name] = cell
    by_name = {name: column for column, name in columns.items()}

    def empty(name: str) -> Cell:  # the empty cell where a missing field belongs
        return Cell(table.sheet, row.first.row, by_name.get(name, 1), None)

    given = set(row.fields) | row.refused
    if not ({"criterion", "indicator"} & given):
        problems.append(
            CellProblem(
                empty("indicator" if "indicator" in by_name else "criterion"),
                t("the row does not say what was measured"),
                t("write the indicator's id or the criterion as plan/criterion"),
            )
        )
    if "date" not in given:
        problems.append(
            CellProblem(
                empty("date"),
                t("the row does not say when"),
                t("write a day (2008-08-31), a month (2008-08), a year (2010) or a half (2007-H2)"),
            )
        )
    if ("numerator" in given) != ("denominator" in given):
        missing = "denominator" if "numerator" in given else "numerator"
        problems.append(
            CellProblem(
                empty(missing),
                t("a share needs both numerator and denominator"),
                t("write both (35 of 36: tæller 35, nævner 36)"),
            )
        )
    if not (set(FIGURES) & given):
        problems.append(
            CellProblem(
                empty("value"), t("the row has no figure"), t("write the value, or the numerator and denominator")
            )
        )
    if "text" not in row.fields:
        # The model wants the figure in the source's words; without a text column the row's own cells are them.
        headings = {cell.column: cells.text(cell) for cell in table.headings}
        row.fields["text"] = "; ".join(
            f"{headings[cell.column]}: {cells.text(cell)}" for cell in row_cells if cell.column in headings
        )
    return row, problems


def _duplicate_ids(rows: list[Row]) -> list[CellProblem]:
    problems = []
    first: dict[str, Row] = {}
    for row in rows:
        identity = row.fields["id"]
        if identity in first:
            problems.append(
                CellProblem(
                    row.places.get("id", row.first),
                    t(
                        "the id {id} is also in {cell}",
                        id=repr(identity),
                        cell=first[identity].places.get("id", first[identity].first).ref,
                    ),
                    t("give every row its own id"),
                )
            )
        else:
            first[identity] = row
    return problems


class _Nowhere:
    """Positions for `validate`: a sheet has cells, not lines; the problems are placed by pointer instead."""

    def locate(self, pointer: str | tuple[str | int, ...], *, key: bool = False) -> tuple[int, int]:
        return 0, 0


def _model_problems(data: dict[str, Any], rows: list[Row]) -> list[CellProblem]:
    _, findings = validate(data, "", _Nowhere())
    problems = []
    for finding in findings:
        parts = parse_pointer(finding.pointer)
        row = rows[int(parts[1])] if len(parts) > 1 and parts[0] == "measurements" else rows[0]
        name = parts[2] if len(parts) > 2 else ""
        if name in row.refused or (
            finding.rule == SCHEMA_RULE
            and name not in row.places
            and name in ("criterion", "indicator", "date", "numerator", "denominator")
        ):
            continue  # said already, in the sheet's terms (the cell's problem, or the row's)
        place = row.places.get(name)
        problems.append(CellProblem(place or row.first, finding.message, finding.hint))
    return problems


def _too_large(text: str, rows: list[Row], head: str) -> CellProblem | None:
    """The row from which the file would be larger than `tfi check` reads (2 MB; an item is about
    260 bytes, so some 8,000 rows fit), or None when it fits."""
    largest = DEFAULT_LIMITS.max_bytes
    if len(text.encode("utf-8")) <= largest:
        return None
    size = len(head.encode("utf-8"))
    for row in rows:
        size += len(item(_place(row), row.fields).encode("utf-8"))
        if size > largest:
            return CellProblem(
                row.first,
                t(
                    "from this row on, the measurements file would be larger than tfi reads ({size} bytes)",
                    size=format_count(largest),
                ),
                t("split the rows into two spreadsheets, each imported to its own file"),
            )
    return None


def _place(row: Row) -> str:
    return f"{row.first.sheet}!{row.first.row}"
