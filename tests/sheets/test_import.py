"""`tfi measurements import`: a real .xlsx (written with openpyxl) and Danish and English CSV files
become a measurements file that `tfi check` passes; every bad row is named by its cell, and then
nothing is written."""

from __future__ import annotations

import shutil
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest
import yaml
from helpers import run_cli
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import Workbook

from tfi_rules.numbers import LARGEST_NUMBER, MOST_DECIMALS
from tfi_rules.sheets import cells
from tfi_rules.sheets.tables import Cell

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A plans repository with the 2009 plan and its mandate (criteria to report on)."""
    (tmp_path / "plans").mkdir()
    (tmp_path / "measurements").mkdir()
    for name in ("mandate.yaml", "2009.yaml"):
        shutil.copy(REPO / "plans" / name, tmp_path / "plans" / name)
    return tmp_path


def workbook(path: Path, rows: list[list[object]], title: str = "Resultater") -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = title
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


HEADINGS: list[object] = ["Kriterium", "Værdi", "Tæller", "Nævner", "Enhed", "Dato", "Kilde", "Metode"]


def test_an_xlsx_sheet_becomes_a_measurements_file_that_tfi_check_passes(repo: Path) -> None:
    workbook(
        repo / "resultater.xlsx",
        [
            HEADINGS,
            ["2009/nye-metoder-foraeldre", 72.5, None, None, "%", "2009-12", "Spørgeskema 2009", "survey"],
            [
                "2009/forbedret-foraeldreinddragelse",
                None,
                35,
                36,
                "procent",
                datetime(2009, 11, 30),
                "Spørgeskema 2009",
            ],
        ],
    )
    code, out, err = run_cli(
        ["measurements", "import", "resultater.xlsx", "--output", "measurements/resultater-2009.yaml"], repo
    )
    assert (code, err) == (0, "")
    assert out == "2 measurement(s) written to measurements/resultater-2009.yaml.\n"
    data = yaml.safe_load((repo / "measurements/resultater-2009.yaml").read_text(encoding="utf-8"))
    first, second = data["measurements"]
    assert first["criterion"] == "2009/nye-metoder-foraeldre"
    assert first["value"] == 72.5 and first["unit"] == "percent" and first["date"] == "2009-12"
    assert first["source"] == {"title": "Spørgeskema 2009"} and first["method"] == "survey"
    assert (second["numerator"], second["denominator"], second["date"]) == (35, 36, "2009-11-30")
    assert second["source"] == {"title": "Spørgeskema 2009"}
    code, out, _ = run_cli(["check", "measurements/resultater-2009.yaml"], repo)
    assert code == 0, out
    code, out, _ = run_cli(["verdict", "--as-of", "2010-01-31", "--format", "json"], repo)
    # 2009-12 covers the period's end; 2009-11-30 is a status a month before it, not a final figure.
    assert out.count('"status": "met"') == 1 and out.count('"status": "no final figure"') == 1


def test_each_bad_row_is_named_by_its_cell_and_nothing_is_written(repo: Path) -> None:
    workbook(
        repo / "resultater.xlsx",
        [
            ["Kriterium", "Værdi", "Enhed", "Dato", "Kilde"],
            ["2009/nye-metoder-foraeldre", "1,5 %", "%", "2009-12", "x"],
            ["2009/nye-metoder-foraeldre", 12, "pund", "31.12.2009", "x"],
            ["2009/Nye", 1e13, "%", "2009-12", "x"],
            ["2009/nye-metoder-foraeldre", "12,5", "%", None, "x", "stray"],
            ["2009/nye-metoder-foraeldre", 1 / 3, "%", "2009", "x"],
        ],
    )
    code, out, err = run_cli(["measurements", "import", "resultater.xlsx", "-o", "measurements/r.yaml"], repo)
    assert code == 1 and out == ""
    places = [line.split(": ")[1] for line in err.splitlines() if line.startswith("resultater.xlsx: ")]
    assert places == [
        "Resultater!B2",
        "Resultater!C3",
        "Resultater!D3",
        "Resultater!A4",
        "Resultater!B4",
        "Resultater!D5",
        "Resultater!F5",
        "Resultater!B6",
    ]
    assert (
        "resultater.xlsx: Resultater!B2: expected a number, found '1,5 %'\n"
        "    hint: write the number alone (1,5) and its unit in the unit column (percent)"
    ) in err
    assert "hint: write the date as year-month-day: 2009-12-31" in err
    assert "too large" in err and "has 15 decimals" in err
    assert err.endswith("8 problem(s) in resultater.xlsx; nothing written.\n")
    assert not (repo / "measurements/r.yaml").exists()


def test_danish_messages(repo: Path) -> None:
    workbook(repo / "r.xlsx", [["Indikator", "Værdi", "Dato"], ["tfi-rekvireringer", "1,5 %", "2009"]])
    code, _, err = run_cli(["measurements", "import", "r.xlsx", "-o", "measurements/r.yaml", "--lang", "da"], repo)
    assert code == 1
    assert "r.xlsx: Resultater!B2: her skal stå et tal, men der står '1,5 %'" in err
    assert "tip: skriv tallet alene (1,5) og enheden i kolonnen enhed (percent)" in err


def test_a_danish_excel_csv_with_semicolons_decimal_commas_and_a_bom(repo: Path) -> None:
    text = (
        "Indikator;Værdi;Enhed;Periode;Kilde\n"
        "tfi-rekvireringer;22;antal;2009;Status 2009\n"
        "tfi-raadgivninger;1.234,50;antal;2009-H2;Status 2009\n"
        "tfi-rekvirent-tilfredshed;97,22;pct.;2009-Q4;Survey\n"
    )
    (repo / "status.csv").write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    code, _, err = run_cli(["measurements", "import", "status.csv", "-o", "measurements/status-2009.yaml"], repo)
    assert (code, err) == (0, "")
    written = (repo / "measurements/status-2009.yaml").read_text(encoding="utf-8")
    assert "    value: 1234.50\n" in written and "    value: 97.22\n" in written  # exact, as written
    data = yaml.safe_load(written)
    assert [m["indicator"] for m in data["measurements"]] == [
        "tfi-rekvireringer",
        "tfi-raadgivninger",
        "tfi-rekvirent-tilfredshed",
    ]
    assert (
        data["measurements"][0]["text"] == "Indikator: tfi-rekvireringer; Værdi: 22; Enhed: antal; "
        "Periode: 2009; Kilde: Status 2009"
    )
    assert run_cli(["check", "measurements/status-2009.yaml"], repo)[0] == 0


def test_a_plain_danish_csv_in_windows_1252(repo: Path) -> None:
    text = "Indikator;Værdi;Enhed;Dato\ntfi-rekvireringer;22,5;antal;2009\n"
    (repo / "status.csv").write_bytes(text.encode("cp1252"))
    assert run_cli(["measurements", "import", "status.csv", "-o", "measurements/s.yaml"], repo)[0] == 0
    assert "value: 22.5\n" in (repo / "measurements/s.yaml").read_text(encoding="utf-8")


def test_an_english_csv_with_commas_reads_points_as_decimals(repo: Path) -> None:
    (repo / "status.csv").write_text(
        'indicator,value,unit,date\ntfi-rekvireringer,1.5,count,2009\ntfi-raadgivninger,"1,234.5",count,2009\n',
        encoding="utf-8",
    )
    assert run_cli(["measurements", "import", "status.csv", "-o", "measurements/s.yaml"], repo)[0] == 0
    data = yaml.safe_load((repo / "measurements/s.yaml").read_text(encoding="utf-8"))
    assert [m["value"] for m in data["measurements"]] == [1.5, 1234.5]


def test_an_existing_file_is_replaced_only_with_force(repo: Path) -> None:
    (repo / "status.csv").write_text("indikator;værdi;dato\ntfi-rekvireringer;22;2009\n", encoding="utf-8")
    target = repo / "measurements/s.yaml"
    target.write_text("old\n", encoding="utf-8")
    code, _, err = run_cli(["measurements", "import", "status.csv", "-o", "measurements/s.yaml"], repo)
    assert code == 2 and "exists; add --force to replace it" in err
    assert target.read_text(encoding="utf-8") == "old\n"
    assert run_cli(["measurements", "import", "status.csv", "-o", "measurements/s.yaml", "--force"], repo)[0] == 0
    assert "tfi-rekvireringer" in target.read_text(encoding="utf-8")


def test_only_a_regular_file_is_ever_replaced(repo: Path) -> None:
    (repo / "status.csv").write_text("indikator;værdi;dato\ntfi-rekvireringer;22;2009\n", encoding="utf-8")
    (repo / "measurements/s.yaml").mkdir()
    code, _, err = run_cli(["measurements", "import", "status.csv", "-o", "measurements/s.yaml", "--force"], repo)
    assert code == 2 and "not a regular file" in err


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        (
            [["Indikatr", "Værdi", "Dato"], ["x", 1, "2009"]],
            "Resultater!A1: unknown heading 'Indikatr'; did you mean 'indikator' or 'indicator'?",
        ),
        ([["Værdi", "Dato"], [1, "2009"]], "Resultater!A1: no column says what was measured"),
        ([["Indikator", "Værdi"], ["x", 1]], "Resultater!A1: no column says when"),
        (
            [["Indikator", "Dato", "Periode"], ["x", "2009", "2009"]],
            "Resultater!C1: a second column for date (the first is Resultater!B1)",
        ),
        ([["Indikator", "Værdi", "Dato"]], "Resultater!A1: no rows of results below the headings"),
        (
            [["Indikator", "Tæller", "Dato"], ["x", 3, "2009"]],
            "Resultater!A2: a share needs both numerator and denominator",
        ),
        (
            [["Id", "Indikator", "Værdi", "Dato"], ["a", "x", 1, "2009"], ["a", "x", 2, "2009"]],
            "Resultater!A3: the id 'a' is also in Resultater!A2",
        ),
    ],
)
def test_sheets_that_cannot_become_measurements(repo: Path, rows: list[list[object]], message: str) -> None:
    workbook(repo / "r.xlsx", rows)
    code, _, err = run_cli(["measurements", "import", "r.xlsx", "-o", "measurements/r.yaml"], repo)
    assert code == 1 and f"r.xlsx: {message}" in err, err
    assert not (repo / "measurements/r.yaml").exists()


def test_a_file_that_is_no_workbook_is_one_line_not_a_traceback(repo: Path) -> None:
    (repo / "r.xlsx").write_bytes(b"PK\x03\x04 not really a zip")
    code, _, err = run_cli(["measurements", "import", "r.xlsx", "-o", "measurements/r.yaml"], repo)
    assert code == 1 and err == "tfi: r.xlsx: cannot read the file as an Excel workbook (.xlsx)\n"


def test_an_output_name_that_is_no_id_is_a_usage_error(repo: Path) -> None:
    (repo / "status.csv").write_text("indikator;værdi;dato\ntfi-rekvireringer;22;2009\n", encoding="utf-8")
    for name in ("measurements/Status 2009.yaml", "measurements/status-2009"):
        code, _, err = run_cli(["measurements", "import", "status.csv", "-o", name], repo)
        assert (
            code == 2
            and "must be lowercase letters, digits and hyphens, such as measurements/resultater-2009.yaml" in err
        )


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (0.1 + 0.2, Decimal("0.3")),  # a formula's sum, stored as 0.30000000000000004: Excel shows 0.3
        (72.5, Decimal("72.5")),
        (97.22, Decimal("97.22")),
        (1234567.89, Decimal("1234567.89")),
        (35, Decimal(35)),
    ],
)
def test_number_cells_are_read_as_excel_shows_them_without_float_drift(value: float, expected: Decimal) -> None:
    found = cells.number(Cell("Ark1", 2, 2, value), "either")
    assert found == expected and str(found) == str(expected)


danish_numbers = st.decimals(
    min_value=-LARGEST_NUMBER, max_value=LARGEST_NUMBER, places=2, allow_nan=False, allow_infinity=False
)


def _danish(number: Decimal) -> str:
    whole, _, decimals = f"{abs(number):f}".partition(".")
    groups: list[str] = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    return ("-" if number < 0 else "") + ".".join([whole, *groups]) + ("," + decimals if decimals else "")


@given(danish_numbers)
def test_danish_numbers_typed_as_text_are_read_exactly(number: Decimal) -> None:
    assert MOST_DECIMALS >= 2
    assert cells.number(Cell("status", 2, 2, _danish(number)), "da") == number


def test_a_sheet_name_of_more_than_one_word_is_quoted_as_excel_quotes_it() -> None:
    assert Cell("Resultater", 7, 3, None).ref == "Resultater!C7"
    assert Cell("Resultater 2009", 7, 3, None).ref == "'Resultater 2009'!C7"
    assert Cell("Ann's", 1, 28, None).ref == "'Ann''s'!AB1"


@given(
    st.decimals(
        min_value=-LARGEST_NUMBER, max_value=LARGEST_NUMBER, places=MOST_DECIMALS, allow_nan=False, allow_infinity=False
    )
)
def test_a_number_cell_reads_back_as_the_number_typed(number: Decimal) -> None:
    # Within the bounds a number has at most 13 + 6 = 19 digits; a double keeps 15 (what Excel keeps too).
    typed = Decimal(format(number, "f")).normalize()
    if len(typed.as_tuple().digits) > 15:
        typed = Decimal(format(float(typed), ".15g"))
    assert cells.number(Cell("Ark1", 2, 2, float(typed)), "either") == typed


def test_rows_beyond_what_tfi_check_reads_are_refused_at_the_row_that_crosses(
    repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # At the real limit (2 MB) that is row 8,115 of a plain sheet (measured); here the limit is made small.
    from tfi_rules.load.loader import Limits
    from tfi_rules.sheets import build

    monkeypatch.setattr(build, "DEFAULT_LIMITS", Limits(max_bytes=1000))
    rows = "".join(f"tfi-rekvireringer;{number};antal;2009\n" for number in range(10))
    (repo / "status.csv").write_text("indikator;værdi;enhed;dato\n" + rows, encoding="utf-8")
    code, _, err = run_cli(["measurements", "import", "status.csv", "-o", "measurements/s.yaml"], repo)
    assert code == 1 and not (repo / "measurements/s.yaml").exists()
    assert err.startswith(
        "status.csv: status!A6: from this row on, the measurements file would be larger than tfi "
        "reads (1,000 bytes)\n    hint: split the rows into two spreadsheets"
    )


def test_a_date_cell_is_as_precise_as_its_format_shows_it(repo: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["indikator", "værdi", "dato"])
    for number_format in ("mmm-yy", "[$-406]mmmm yyyy;@", "yyyy", "dd-mm-yyyy", "yyyy-mm-dd"):
        sheet.append(["tfi-rekvireringer", 1, datetime(2008, 8, 1)])
        sheet.cell(sheet.max_row, 3).number_format = number_format
    book.save(repo / "r.xlsx")
    assert run_cli(["measurements", "import", "r.xlsx", "-o", "measurements/r.yaml"], repo)[0] == 0
    data = yaml.safe_load((repo / "measurements/r.yaml").read_text(encoding="utf-8"))
    assert [m["date"] for m in data["measurements"]] == ["2008-08", "2008-08", "2008", "2008-08-01", "2008-08-01"]


@pytest.mark.parametrize(
    ("text", "convention", "expected"),
    [
        ("1,5", "either", Decimal("1.5")),
        ("1.5", "either", Decimal("1.5")),
        ("1.234,5", "either", Decimal("1234.5")),
        ("12.345.678", "either", Decimal(12345678)),
        ("1 234,5", "either", Decimal("1234.5")),
        ("1.234", "da", Decimal(1234)),
        ("1,234", "da", Decimal("1.234")),
        ("1,234", "en", Decimal(1234)),
        ("1.234", "en", Decimal("1.234")),
    ],
)
def test_numbers_typed_as_text(text: str, convention: cells.Convention, expected: Decimal) -> None:
    assert cells.number(Cell("Ark1", 2, 2, text), convention) == expected


@pytest.mark.parametrize("text", ["1.234", "1,234", "-12.500"])
def test_a_text_number_an_xlsx_reader_could_read_two_ways_is_refused(text: str) -> None:
    with pytest.raises(cells.Refused, match="can be read two ways"):
        cells.number(Cell("Ark1", 2, 2, text), "either")


def test_sheet_chooses_the_sheets_of_a_workbook(repo: Path) -> None:
    book = Workbook()
    notes = book.active
    assert notes is not None
    notes.title = "Noter"
    notes.append(["Tallene er fra statusrapporten."])
    results = book.create_sheet("Resultater")
    results.append(["indikator", "værdi", "dato"])
    results.append(["tfi-rekvireringer", 22, 2009])
    book.save(repo / "r.xlsx")
    code, _, err = run_cli(["measurements", "import", "r.xlsx", "-o", "measurements/r.yaml"], repo)
    assert code == 1 and "r.xlsx: Noter!A1: unknown heading 'Tallene er fra statusrapporten.'" in err
    assert (
        run_cli(["measurements", "import", "r.xlsx", "-o", "measurements/r.yaml", "--sheet", "Resultater"], repo)[0]
        == 0
    )
    assert (
        yaml.safe_load((repo / "measurements/r.yaml").read_text(encoding="utf-8"))["measurements"][0]["date"] == "2009"
    )
    code, _, err = run_cli(["measurements", "import", "r.xlsx", "-o", "measurements/x.yaml", "--sheet", "Ark1"], repo)
    assert code == 2 and "r.xlsx has no sheet 'Ark1' (its sheets: Noter, Resultater)" in err


def test_an_old_xls_workbook_is_a_usage_error_naming_what_is_read(repo: Path) -> None:
    (repo / "r.xls").write_bytes(b"\xd0\xcf\x11\xe0")
    code, _, err = run_cli(["measurements", "import", "r.xls", "-o", "measurements/r.yaml"], repo)
    assert (code, err) == (2, "tfi: error: r.xls: expected an .xlsx or a .csv file\n")
