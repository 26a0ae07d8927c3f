"""bench/run.py's start-up table: the import floor any check stands on, as a row without a target."""

from __future__ import annotations

import compileall
from pathlib import Path

import pytest
from helpers import bench_module


def test_the_start_up_table_shows_the_import_floor_and_what_is_left_of_the_target(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    run = bench_module("run")
    # Seconds by what the process runs (no process is started): pass 20 ms, the floor 80 ms,
    # tfi 50 ms, a check 200 ms.
    seconds = {"pass": 0.02, run.IMPORT_FLOORS[-1]: 0.08}

    def fake(argv: list[str], _cwd: object, _repeat: int) -> tuple[float, float, int]:
        if argv[1:2] == ["-c"] and argv[2] in seconds:
            return seconds[argv[2]], 30.0, 0
        return (0.2 if "check" in argv else 0.05), 30.0, 0

    monkeypatch.setattr(run, "median_process", fake)
    monkeypatch.setattr(compileall, "compile_dir", lambda *_a, **_k: True)
    monkeypatch.setattr(compileall, "compile_file", lambda *_a, **_k: True)
    start = run.startup(1, None)
    table = capsys.readouterr().out.splitlines()
    floors = [line.split() for line in table if 'python -c "import' in line]
    assert [row[-2:] for row in floors] == [["80.00", "4.00"]]  # ms and ×, no target
    targets = [line.split("  ")[-1] for line in table if line.lstrip().startswith("tfi ")]
    assert targets == ["≤ 3×: met", "≤ 3×: met", "≤ 6×: NOT MET"]  # 2.5×, 2.5×, 10×
    run.print_targets([], start, 1)
    assert "importing click and yaml 4.00×: 2.00× of the 6× left" in capsys.readouterr().out


def test_the_start_up_table_says_whether_an_editable_install_hooks_every_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import site

    run = bench_module("run")
    monkeypatch.setattr(site, "getsitepackages", lambda: [str(tmp_path)])
    monkeypatch.setattr(site, "getusersitepackages", lambda: str(tmp_path / "missing"))
    assert run.interpreter_kind() == "no editable install's hook"
    (tmp_path / "__editable___tfi_0_1_0_finder.pth").write_text("import __editable___tfi_0_1_0_finder\n")
    assert run.interpreter_kind() == "an editable install's import hook in every process"


def test_the_memory_target_is_applied_where_item_2_sets_it(capsys: pytest.CaptureFixture[str]) -> None:
    """Item 2: check, verdict and report on finding-heavy plans; diff and the clean corpus are shown without one."""
    run = bench_module("run")
    rows = [
        {"corpus": corpus, "n": n, "jobs_ratio": 1.0, "parse": 1.0, "in_s": 1.0, "cjs": None, "check": 1.0 * scale}
        | {key: 1.0 * scale for key in ("verdict", "report", "diff")}
        | {key + "_rss": 20.0 * (1 if n == 1000 else 2) for key in ("check", "verdict", "report", "diff")}
        for corpus in ("clean", "heavy")
        for n, scale in ((1000, 1), (10000, 10))
    ]
    run.print_targets(rows, {run.REPO_CHECK: 5.0, run.FLOOR: 2.0, "tfi --version": 2.0, "tfi --help": 2.0}, 1)
    lines = [line for line in capsys.readouterr().out.splitlines() if "1./2." in line]
    judged = [line.split()[2] for line in lines if "peak RSS 2.00× (≤ 1.5×): NOT MET" in line]
    shown = [line.split()[2] for line in lines if "peak RSS 2.00× (no target" in line]
    assert judged == ["check", "verdict", "report"]  # the heavy corpus's
    assert shown == ["check", "verdict", "report", "diff", "diff"]  # the clean corpus's, and the heavy diff
