"""Results in from a spreadsheet and the verdict out to one, through the command line: an .xlsx
written with openpyxl is imported, the verdict is written as .xlsx and read back cell by cell."""

from __future__ import annotations

import json
import os
import shutil
from datetime import datetime
from pathlib import Path

import pytest
from helpers import run_cli
from openpyxl import Workbook, load_workbook

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """The 2009 plan, its mandate, and its two criteria's results imported from a workbook."""
    (tmp_path / "plans").mkdir()
    (tmp_path / "measurements").mkdir()
    for name in ("mandate.yaml", "2009.yaml"):
        shutil.copy(REPO / "plans" / name, tmp_path / "plans" / name)
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Resultater"
    rows: list[list[object]] = [
        ["Kriterium", "Værdi", "Tæller", "Nævner", "Enhed", "Dato", "Kilde"],
        ["2009/nye-metoder-foraeldre", 72.5, None, None, "%", "2009-12", "Spørgeskema 2009"],
        ["2009/forbedret-foraeldreinddragelse", None, 35, 36, "pct.", datetime(2009, 12, 31), "Spørgeskema"],
    ]
    for row in rows:
        sheet.append(row)
    book.save(tmp_path / "resultater.xlsx")
    code, _, err = run_cli(
        ["measurements", "import", "resultater.xlsx", "-o", "measurements/resultater-2009.yaml"], tmp_path
    )
    assert (code, err) == (0, "")
    return tmp_path


def cells(path: Path, sheet: str) -> list[list[tuple[object, str]]]:
    """Every cell of a sheet as (value, number format)."""
    book = load_workbook(path)
    return [[(cell.value, cell.number_format) for cell in row] for row in book[sheet].iter_rows()]


def test_the_verdict_workbook_holds_numbers_with_their_units_cell_by_cell(repo: Path) -> None:
    code, out, err = run_cli(["verdict", "--as-of", "2010-01-31", "--format", "xlsx", "--output", "status.xlsx"], repo)
    assert (code, out, err) == (0, "Verdict written to status.xlsx.\n", "")
    wording = {
        row["criterion"]: row["text"]
        for row in json.loads(run_cli(["verdict", "--as-of", "2010-01-31", "--format", "json"], repo)[1])
    }
    assert load_workbook(repo / "status.xlsx").sheetnames == ["Overview", "2009"]
    g = "General"
    sheet = cells(repo / "status.xlsx", "2009")
    # Below the criteria, the plan's standing waived error: 5 årsværk of a mandate of 4, approved by no one.
    blank, heading, waived = sheet[3:]
    assert [value for value, _ in blank] == [None] * 9 and heading[0][0] == "Standing waived errors:"
    assert [value for value, _ in waived[:3]] == [
        "capacity-balance",
        "core årsværk add up to 5 (2 + 1 + 0.5 + 1.5), but the mandate biu-201-2006 gives 4 (1 too many)",
        "plans/2009.yaml:25:3",
    ]
    assert str(waived[4][0]).endswith(
        "(unapproved: no one has approved this exception (recorded by "
        "tfi-vedligeholderne, ved indkodningen af kildedokument 003))"
    )
    assert sheet[:3] == [
        [
            ("criterion", g),
            ("wording", g),
            ("target", g),
            ("target figure", g),
            ("actual", g),
            ("measured figure", g),
            ("measured on", g),
            ("verdict", g),
            ("reason", g),
        ],
        [
            ("nye-metoder-foraeldre", g),
            (wording["nye-metoder-foraeldre"], g),
            ("≥ 70 %", g),
            (70, '#,##0" %"'),
            ("72.5 %", g),
            (72.5, '#,##0.00" %"'),
            ("2009-12", g),
            ("met", g),
            (None, g),
        ],
        [
            ("forbedret-foraeldreinddragelse", g),
            (wording["forbedret-foraeldreinddragelse"], g),
            ("≥ 40 %", g),
            (40, '#,##0" %"'),
            ("35 of 36 = 97.22 %", g),
            (97.222222, '#,##0.00" %"'),
            ("2009-12-31", g),
            ("met", g),
            (None, g),
        ],
    ]
    overview = cells(repo / "status.xlsx", "Overview")
    assert [value for value, _ in overview[0]] == [
        "plan",
        "title",
        "met",
        "not met",
        "pending",
        "no final figure",
        "depends on the reading",
        "no data",
        "not comparable",
        "qualitative",
        "waived",
        "criteria",
    ]
    assert [value for value, _ in overview[1]] == [
        "2009",
        "Arbejdsplan 2009 for Task Force Integration",
        2,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        2,
    ]
    assert [value for value, _ in overview[2]] == ["All plans", None, 2, 0, 0, 0, 0, 0, 0, 0, 0, 2]
    assert overview[4][0][0] == "as of" and overview[4][1][0] == datetime(2010, 1, 31)


def test_the_workbook_speaks_danish(repo: Path) -> None:
    code, _, _ = run_cli(
        ["verdict", "--as-of", "2010-01-31", "--format", "xlsx", "-o", "status.xlsx", "--lang", "da"], repo
    )
    assert code == 0
    book = load_workbook(repo / "status.xlsx")
    assert book.sheetnames == ["Overblik", "2009"]
    plan = book["2009"]
    assert [cell.value for cell in plan[1]] == [
        "succeskriterium",
        "ordlyd",
        "mål",
        "mål (tal)",
        "målt",
        "målt (tal)",
        "målt (tid)",
        "vurdering",
        "begrundelse",
    ]
    assert plan["E3"].value == "35 af 36 = 97,22 %" and plan["H3"].value == "opfyldt"
    assert plan["F3"].value == 97.222222  # a number, not "97,22" as text


def test_xlsx_needs_an_output_file(repo: Path) -> None:
    code, out, err = run_cli(["verdict", "--format", "xlsx"], repo)
    assert code == 2 and out == "" and "--format xlsx writes a file: add --output FILE" in err


def test_output_replaces_only_a_regular_file(repo: Path) -> None:
    os.mkfifo(repo / "status.xlsx")  # a reader waiting on a pipe must not be handed a workbook
    code, _, err = run_cli(["verdict", "--format", "xlsx", "-o", "status.xlsx"], repo)
    assert code == 2 and "not a regular file" in err


def test_the_danish_csv_is_what_danish_excel_opens(repo: Path) -> None:
    code, out, _ = run_cli(["verdict", "--as-of", "2010-01-31", "--format", "csv", "--lang", "da"], repo)
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == (
        "\ufeffplan;criterion;parent;text;target;actual;actual_date;as_of;status;reason;"
        "measurement;progress;on_track;decisions;readings;plan_waived_errors"
    )
    assert lines[2].startswith("2009;forbedret-foraeldreinddragelse;;")
    assert lines[2].endswith(
        ";capacity-balance (plans/2009.yaml:25:3): indsatsområderne bruger i alt 5 årsværk af mandatets kapacitet "
        "(2 + 1 + 0,5 + 1,5), men mandatet biu-201-2006 giver 4 (1 for mange) [ikke godkendt: ingen har godkendt "
        "denne undtagelse (skrevet ind af tfi-vedligeholderne, ved indkodningen af kildedokument 003)]"
    )
    assert ";35 af 36 = 97,22 %;2009-12-31;2010-01-31;met;" in lines[2]
    # Written with --output, the file's first bytes are UTF-8's byte-order mark.
    run_cli(["verdict", "--format", "csv", "--lang", "da", "-o", "status.csv"], repo)
    assert (repo / "status.csv").read_bytes().startswith(b"\xef\xbb\xbfplan;criterion;")


def test_the_english_csv_is_unchanged(repo: Path) -> None:
    _, out, _ = run_cli(["verdict", "--as-of", "2010-01-31", "--format", "csv"], repo)
    assert out.startswith("plan,criterion,parent,text,target,actual,actual_date,as_of,status,reason,")
    assert ",35 of 36 = 97.22 %,2009-12-31,2010-01-31,met," in out


def test_a_plan_sheet_name_is_one_excel_accepts() -> None:
    from tfi_rules.verdict.xlsx import _sheet_names

    long = "a-very-long-plan-id-that-goes-on-and-on"
    assert _sheet_names(["Overview", "overview", long, long]) == ["Overview", "overview-2", long[:31], long[:29] + "-2"]
