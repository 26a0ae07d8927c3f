"""The command line: the exit-code contract and the repository's own files."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from helpers import MANDATE, PLAN, write_repo
from helpers import run_cli as run

import cli

REPO = Path(__file__).resolve().parents[2]


def test_the_repository_passes(repo_copy: Path) -> None:
    code, out, _ = run(["check"], repo_copy)
    assert code == cli.EXIT_OK, out
    assert " 0 errors" in out


def test_changing_one_area_breaks_the_balance_and_names_the_plan(repo_copy: Path) -> None:
    path = repo_copy / "plans" / "2011.yaml"
    text = path.read_text(encoding="utf-8")
    assert "    årsværk: 2\n" in text
    path.write_text(text.replace("    årsværk: 2\n", "    årsværk: 2.5\n", 1), encoding="utf-8")
    code, out, _ = run(["check"], repo_copy)
    assert code == cli.EXIT_FINDINGS
    [line] = [line for line in out.splitlines() if "[capacity-balance]" in line and "waived" not in line]
    assert line.startswith("plans/2011.yaml:") and "add up to 4.5" in line


def test_a_number_changed_to_text_names_the_line(repo_copy: Path) -> None:
    path = repo_copy / "plans" / "2007-h2.yaml"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    index = next(i for i, line in enumerate(lines) if line.strip() == "årsværk: 1")
    lines[index] = lines[index].replace("årsværk: 1", "årsværk: en")
    path.write_text("".join(lines), encoding="utf-8")
    code, out, _ = run(["check"], repo_copy)
    assert code == cli.EXIT_FINDINGS
    assert f"plans/2007-h2.yaml:{index + 1}:" in out and "[schema] expected a number" in out


def test_a_duplicate_key_names_the_line(repo_copy: Path) -> None:
    path = repo_copy / "plans" / "2011.yaml"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    index = next(i for i, line in enumerate(lines) if line.startswith("title:"))
    lines.insert(index + 1, lines[index])
    path.write_text("".join(lines), encoding="utf-8")
    code, out, _ = run(["check"], repo_copy)
    assert code == cli.EXIT_FINDINGS
    assert f"plans/2011.yaml:{index + 2}:1: error [yaml-duplicate-key]" in out


def test_a_plan_checked_alone_still_sees_the_mandate(tmp_path: Path) -> None:
    write_repo(tmp_path, {"plans/mandate.yaml": MANDATE, "plans/p.yaml": PLAN.replace("årsværk: 1\n", "årsværk: 2\n")})
    code, out, _ = run(["check", "plans/p.yaml"], tmp_path)
    assert code == cli.EXIT_FINDINGS and "[capacity-balance]" in out and "1 file checked" in out


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert run(["check", "no/such/file.yaml"], tmp_path)[0] == cli.EXIT_USAGE
    assert run(["check", "--no-such-option"], tmp_path)[0] == cli.EXIT_USAGE
    assert run(["check", "--select", "no-such-rule", str(tmp_path)], tmp_path)[0] == cli.EXIT_USAGE
    code, _, err = run(["check"], tmp_path)  # no plans/ folder anywhere above
    assert code == cli.EXIT_USAGE and "no plans/ folder" in err


def test_an_empty_folder_is_a_finding(tmp_path: Path) -> None:
    (tmp_path / "plans").mkdir()
    code, out, _ = run(["check", "plans"], tmp_path)
    assert code == cli.EXIT_FINDINGS and "[no-files]" in out


def test_an_internal_error_is_one_line_exit_4(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tfi_rules.rules import capacity_balance

    def broken(*_args: object) -> None:
        raise ZeroDivisionError("boom")

    monkeypatch.setattr(capacity_balance, "check", broken)
    write_repo(tmp_path, {"plans/mandate.yaml": MANDATE, "plans/p.yaml": PLAN})
    code, out, err = run(["check"], tmp_path)
    assert code == cli.EXIT_INTERNAL
    assert "internal error (ZeroDivisionError: boom)" in err and "Traceback" not in err + out
    code, _, err = run(["check", "--debug"], tmp_path)
    assert code == cli.EXIT_INTERNAL and "Traceback" in err


def test_verdict_fail_on_not_met_exits_3(tmp_path: Path) -> None:
    write_repo(
        tmp_path,
        {
            "plans/mandate.yaml": MANDATE,
            "plans/p.yaml": PLAN,
            "measurements/m.yaml": "kind: measurements\nid: m\ntitle: M\nsource: {seed: t}\nmeasurements:\n"
            "  - {id: b, text: 10 besøg, criterion: p/projektbesoeg, value: 10, unit: count, date: 2007-12}\n",
        },
    )
    assert run(["verdict"], tmp_path)[0] == cli.EXIT_OK
    code, out, _ = run(["verdict", "--fail-on", "not-met"], tmp_path)
    assert code == cli.EXIT_NOT_MET and "not met" in out
    assert run(["verdict", "--as-of", "31.12.2007"], tmp_path)[0] == cli.EXIT_USAGE


def test_verdict_fail_on_not_met_counts_a_goal_not_met_under_one_reading(tmp_path: Path) -> None:
    # "reduceres med 10 pct." / "med ti procentpoint" from 49.5 to 42.1 (seed 004): met as a relative
    # fall (44.55), not in percentage points (39.5) — a gate must not let that pass as met.
    criterion = """\
      - id: uden-tilknytning
        text: reduceres med 10 pct.
        due: "2007"
        target:
          kind: change
          direction: decrease
          by: 10
          mode: relative_percent
          baseline: {value: 49.5, text: "faldet fra 49,5 pct."}
          unit: percent
          readings:
            - {kind: relative_percent, text: reduceres med 10 pct.}
            - {kind: percentage_points, text: reduceres med ti procentpoint}
"""
    measured = "kind: measurements\nid: m\ntitle: M\nsource: {seed: t}\nmeasurements:\n"
    measured += "  - {id: u, text: t, criterion: p/uden-tilknytning, value: VALUE, unit: percent, date: 2007-12}\n"
    plan = PLAN.replace("        measured_by: survey\n", "        measured_by: survey\n" + criterion, 1)
    files = {"plans/mandate.yaml": MANDATE, "plans/p.yaml": plan, "measurements/m.yaml": measured}
    files["measurements/m.yaml"] = measured.replace("VALUE", "42.1")
    write_repo(tmp_path, files)
    code, out, _ = run(["verdict", "--fail-on", "not-met", "--status", "depends on the reading"], tmp_path)
    assert "uden-tilknytning" in out and code == cli.EXIT_NOT_MET
    files["measurements/m.yaml"] = measured.replace("VALUE", "39")  # met under both readings
    write_repo(tmp_path, files)
    code, out, _ = run(["verdict", "--fail-on", "not-met", "--status", "met"], tmp_path)
    assert "uden-tilknytning" in out and code == cli.EXIT_OK


def test_rules_lists_and_documents(tmp_path: Path) -> None:
    code, out, _ = run(["rules"], tmp_path)
    assert code == 0 and "capacity-balance" in out
    code, out, _ = run(["rules", "capacity-balance"], tmp_path)
    assert code == 0 and "Fails" in out and "Passes" in out
    assert run(["rules", "capacity-balanse"], tmp_path)[0] == cli.EXIT_USAGE


def test_version_and_closed_pipe_quietly() -> None:
    version = subprocess.run([sys.executable, "-m", "cli", "--version"], cwd=REPO, capture_output=True, text=True)
    assert version.returncode == 0 and version.stdout.startswith("tfi, version ")
    # Output to a pipe that closes early: no traceback, no complaint.
    pipeline = subprocess.run(
        f"{sys.executable} -m cli verdict | head -1", shell=True, cwd=REPO, capture_output=True, text=True
    )
    assert pipeline.stderr == "" and len(pipeline.stdout.splitlines()) == 1


def test_a_file_is_checked_in_its_own_repository_from_anywhere(tmp_path: Path) -> None:
    write_repo(tmp_path / "sub", {"plans/mandate.yaml": MANDATE, "plans/p.yaml": PLAN})
    code, out, _ = run(["check", "sub/plans/p.yaml"], tmp_path)
    assert code == cli.EXIT_OK, out
    assert "mandate-reference" not in out


def test_a_changed_mandate_checks_the_plans_that_name_it(tmp_path: Path) -> None:
    write_repo(tmp_path, {"plans/mandate.yaml": MANDATE.replace("årsværk: 4", "årsværk: 5"), "plans/p.yaml": PLAN})
    code, out, _ = run(["check", "plans/mandate.yaml"], tmp_path)
    assert code == cli.EXIT_FINDINGS
    assert "plans/p.yaml:" in out and "[capacity-balance]" in out and "2 files checked" in out


def test_a_plan_may_refer_to_files_read_after_it(tmp_path: Path) -> None:
    # Files stream through the check; a plan whose mandate or indicator comes later waits for it.
    reader = PLAN.replace("id: p\n", "id: a\n").replace(
        "        measured_by: count\n  - id: forvaltninger", "        indicator: besoeg\n  - id: forvaltninger", 1
    )
    declarer = PLAN.replace("id: p\n", "id: b\n") + "indicators:\n  - {id: besoeg, title: Besøg, unit: count}\n"
    write_repo(tmp_path, {"plans/a.yaml": reader, "plans/b.yaml": declarer, "plans/zz-biu.yaml": MANDATE})
    code, out, _ = run(["check", "--fail-on", "warning", "--ignore", "plan-id-filename"], tmp_path)
    assert "indicator: besoeg" in reader
    assert code == cli.EXIT_OK, out
