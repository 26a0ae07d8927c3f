"""A year with tfi, as the README tells it: its command block runs, in order, in a fresh folder, with the
installed command (not the library). The analysts' files are real: an .xlsx written with openpyxl and a
CSV as Danish Excel saves it; the verdict workbook is read back with openpyxl, cell by cell."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook, load_workbook

REPO = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent  # where the installed `tfi` is, as a team would run it


def readme_year() -> str:
    """The command block of the README's "A year with tfi"."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("## A year with tfi\n", 1)[1].split("\n## ", 1)[0]
    found = re.search(r"```sh\n(.*?)```", section, re.S)
    assert found, "the section has no ```sh block"
    return found.group(1)


def analysts_files(folder: Path) -> None:
    """What the analysts hand over: a workbook, and a CSV from Danish Excel (; and decimal comma, BOM)."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Resultater"
    sheet.append(["Kriterium", "Værdi", "Enhed", "Dato", "Kilde"])
    sheet.append(["2012/intdag-foreninger", 64, "antal", datetime(2012, 12, 31), "Evaluering af International Dag"])
    sheet["D2"].number_format = "yyyy-mm-dd"
    book.save(folder / "resultater.xlsx")
    csv = "Kriterium;Værdi;Enhed;Dato;Kilde\r\n2012/intdag-laengerevarende-forloeb;45,5;pct.;2012-12-31;Årsstatus\r\n"
    (folder / "status.csv").write_bytes(b"\xef\xbb\xbf" + csv.encode("utf-8"))


def test_the_readme_year_runs_in_order_with_the_installed_command(tmp_path: Path) -> None:
    shutil.copy(REPO / "plans" / "2011.yaml", tmp_path / "2011.yaml")
    analysts_files(tmp_path)
    environment = {
        **os.environ,
        "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}",
        "HOME": str(tmp_path),  # no git configuration of the machine's user
        "GIT_AUTHOR_NAME": "Koordinator",
        "GIT_AUTHOR_EMAIL": "k@example.org",
        "GIT_COMMITTER_NAME": "Koordinator",
        "GIT_COMMITTER_EMAIL": "k@example.org",
        "GIT_CONFIG_NOSYSTEM": "1",
    }
    environment.pop("GITHUB_ACTIONS", None)
    script = "set -euo pipefail\nset -x\n" + readme_year()
    done = subprocess.run(
        ["bash", "-c", script], cwd=tmp_path, env=environment, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-3000:]
    out = done.stdout

    repository = tmp_path / "team-plans"
    # The pull request: the first edit leaves the share criterion counting 60 of a group that is now 70.
    assert "error [share-range] intdag-laengerevarende-forloeb is a share of a group of 60" in out
    assert "tfi check: exit 1" in out
    # Once it follows, the raised target in the plans' terms, then the branch against main.
    assert "target of `intdag-foreninger` raised from 60 to 70" in out
    assert "plan `2012` added" in out
    log = subprocess.run(
        ["git", "log", "--format=%s"], cwd=repository, env=environment, capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert log == ["Program 2012: 70 associations", "Program 2012: first draft from 2011", "Program 2011"]

    # The results came in, each keeping its source, and check like any other file.
    imported = (repository / "measurements" / "resultater-2012.yaml").read_text(encoding="utf-8")
    assert "Evaluering af International Dag" in imported and "# Resultater!2" in imported
    assert "Årsstatus" in (repository / "measurements" / "status-2012.yaml").read_text(encoding="utf-8")

    # The committee's workbook, against the verdict as JSON, cell by cell.
    rows = json.loads(
        subprocess.run(
            [str(BIN / "tfi"), "verdict", "--format", "json"],
            cwd=repository,
            env=environment,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    )
    book = load_workbook(repository / "status.xlsx")
    assert book.sheetnames == ["Overview", "2011", "2012"]
    for plan in ("2011", "2012"):
        expected = [row for row in rows if row["plan"] == plan]
        sheet = [[cell.value for cell in row] for row in book[plan].iter_rows()]
        assert sheet[0][:2] == ["criterion", "wording"] and sheet[0][7] == "verdict"
        assert len(sheet) == 1 + len(expected)
        for cells, row in zip(sheet[1:], expected, strict=True):
            assert (cells[0], cells[1], cells[2], cells[7]) == (
                row["criterion"],
                row["text"],
                row["target"],
                row["status"],
            )
            assert cells[4] == row["actual"] and (cells[8] or "") == (row["reason"] or "")  # empty: no cell
    plan_2012 = {row[0].value: row for row in book["2012"].iter_rows(min_row=2)}
    associations, share = plan_2012["intdag-foreninger"], plan_2012["intdag-laengerevarende-forloeb"]
    assert (associations[3].value, associations[5].value, associations[7].value) == (70, 64, "not met")
    assert (share[5].value, share[7].value) == (45.5, "met")
    assert "%" in share[5].number_format and "%" not in associations[5].number_format

    page = (repository / "rapport.html").read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "intdag-foreninger" in page
