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
