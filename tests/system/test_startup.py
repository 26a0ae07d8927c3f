"""`tfi --version` and `tfi --help` start fast: importing `cli` pulls in none of the heavy modules.

A structural check (which modules get imported), not a timing test.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
HEAVY = ("pydantic", "yaml", "jsonschema", "tabulate", "openpyxl")


def imported_modules(code: str) -> set[str]:
    """Top-level names of every module Python imports while running `code` (from -X importtime)."""
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", code], cwd=REPO, capture_output=True, text=True, check=True
    )
    names = set()
    for line in result.stderr.splitlines():
        if line.startswith("import time:") and "|" in line:
            name = line.rsplit("|", 1)[1].strip()
            names.add(name.split(".")[0])
    return names


def test_importing_cli_imports_no_heavy_module() -> None:
    modules = imported_modules("import cli")
    assert "cli" in modules
    assert not modules & set(HEAVY), f"importing cli imports {sorted(modules & set(HEAVY))}"


def test_version_and_help_import_no_heavy_module() -> None:
    for argv in (["--version"], ["--help"]):
        code = f"import sys, cli; sys.argv = ['tfi', *{argv!r}]\ntry:\n    cli.main()\nexcept SystemExit:\n    pass"
        modules = imported_modules(code)
        assert not modules & set(HEAVY), f"tfi {argv[0]} imports {sorted(modules & set(HEAVY))}"


def test_version_and_help_import_no_reporter() -> None:
    """The format names come from a table, not from importing every reporter (issue 17: the
    reporters were 124 ms of `tfi --version` on a loaded machine)."""
    for argv in (["--version"], ["--help"], ["check", "--help"]):
        code = f"import sys, cli; sys.argv = ['tfi', *{argv!r}]\ntry:\n    cli.main()\nexcept SystemExit:\n    pass"
        result = subprocess.run(
            [sys.executable, "-X", "importtime", "-c", code], cwd=REPO, capture_output=True, text=True, check=True
        )
        reporters = {
            line.rsplit("|", 1)[1].strip()
            for line in result.stderr.splitlines()
            if line.startswith("import time:") and "tfi_rules.output." in line
        }
        assert not reporters, f"tfi {' '.join(argv)} imports {sorted(reporters)}"


def test_a_text_check_imports_only_the_text_reporter(tmp_path: Path) -> None:
    code = (
        "import sys, cli; sys.argv = ['tfi', 'check', '--format', 'text', 'plans']\n"
        "try:\n    cli.main()\nexcept SystemExit:\n    pass"
    )
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", code], cwd=REPO, capture_output=True, text=True, check=True
    )
    reporters = {
        line.rsplit("|", 1)[1].strip()
        for line in result.stderr.splitlines()
        if line.startswith("import time:") and "tfi_rules.output." in line
    }
    assert reporters == {"tfi_rules.output.base", "tfi_rules.output.text"}


CHECK_HEAVY = ("pydantic", "jsonschema", "tabulate", "openpyxl", "difflib")
"""Modules a clean check never uses: valid files are read without pydantic (its twins of the models
only explain the errors of a file that is not valid), schemas are checked by the models, tables and
spreadsheets belong to other commands, and difflib only suggests a name for one that does not match."""


def _check_in_subprocess(cwd: Path, *argv: str) -> tuple[int, set[str], list[str]]:
    """Run `tfi check ARGV` in a fresh interpreter in `cwd`; its exit code, the top-level modules it
    imported, and the kinds of file whose pydantic validators it built."""
    code = (
        "import json, sys\n"
        f"sys.path.insert(0, {str(REPO)!r})\n"
        "import cli\n"
        f"sys.argv = ['tfi', 'check', *{list(argv)!r}]\n"
        "try:\n    cli.main()\nexcept SystemExit as exit:\n    status = exit.code\n"
        "modules = sorted({m.split('.')[0] for m in sys.modules})\n"
        "twins = sys.modules.get('tfi_rules.model.pydantic_models')\n"
        "from tfi_rules.model import MODEL_BY_KIND\n"
        "built = sorted(cls.__name__ for cls, twin in (twins._TWINS.items() if twins else ())\n"
        "    if cls in MODEL_BY_KIND.values() and twin.__pydantic_complete__)\n"
        "print(json.dumps({'status': status, 'modules': modules, 'built': built}), file=sys.stderr)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=cwd, capture_output=True, text=True, check=True)
    import json

    report = json.loads(result.stderr.strip().splitlines()[-1])
    return report["status"], set(report["modules"]), report["built"]


def test_a_repository_check_imports_no_module_it_does_not_use() -> None:
    status, modules, built = _check_in_subprocess(REPO)
    assert status == 0
    assert "yaml" in modules  # it did check
    assert not modules & set(CHECK_HEAVY), f"tfi check imports {sorted(modules & set(CHECK_HEAVY))}"
    assert built == []


def test_a_check_builds_the_validators_only_of_the_kinds_of_file_not_valid(tmp_path: Path) -> None:
    """An invalid mandate beside a valid plan: pydantic explains the mandate's error, and only the
    mandate's validator is built (issue 17: each kind's validator costs 9-31 ms to build)."""
    (tmp_path / "plans").mkdir()
    mandate = (REPO / "plans" / "mandate.yaml").read_text(encoding="utf-8")
    (tmp_path / "plans" / "mandate.yaml").write_text(mandate.replace("kind: mandate", "kind: mandate\nstaf: x", 1))
    (tmp_path / "plans" / "2011.yaml").write_bytes((REPO / "plans" / "2011.yaml").read_bytes())
    status, modules, built = _check_in_subprocess(tmp_path, "plans")
    assert status == 1
    assert "pydantic" in modules
    assert built == ["Mandate"]


ON_REFUSAL = ("tfi_rules.load.yaml_errors", "tfi_rules.load.yaml_depth")
"""The loader's modules for a file libyaml refuses: its errors in plain words, the depth where it stopped."""
ON_SPILL = ("pickle",)
"""What a check's spool needs only past the findings it holds in memory (tfi_rules.spool.HOLD)."""


def _modules_after_check(cwd: Path, *argv: str) -> set[str]:
    """Every module (by its full name) imported by `tfi check ARGV` in a fresh interpreter in `cwd`."""
    code = (
        "import sys\n"
        f"sys.path.insert(0, {str(REPO)!r})\n"
        "import cli\n"
        f"sys.argv = ['tfi', 'check', *{list(argv)!r}]\n"
        "try:\n    cli.main()\nexcept SystemExit:\n    pass\n"
        "print(' '.join(sorted(sys.modules)), file=sys.stderr)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=cwd, capture_output=True, text=True, check=True)
    return set(result.stderr.strip().splitlines()[-1].split())


def test_a_check_of_readable_files_imports_no_module_kept_for_refused_files_or_many_findings(tmp_path: Path) -> None:
    """Imported where they are used, these left the start-up of every check (about 3 ms and 1.2 ms); a
    file libyaml refuses, or more findings than a spool holds, still brings them in."""
    clean = _modules_after_check(REPO)
    assert "tfi_rules.load.loader" in clean  # it did read files
    assert not clean & {*ON_REFUSAL, *ON_SPILL}, f"tfi check imports {sorted(clean & {*ON_REFUSAL, *ON_SPILL})}"
    (tmp_path / "plans").mkdir()
    (tmp_path / "plans" / "broken.yaml").write_text("kind: plan\nid: [unclosed\n", encoding="utf-8")
    assert "tfi_rules.load.yaml_errors" in _modules_after_check(tmp_path, "plans")


def _collector_after_checks(*, disabled: bool) -> tuple[int, int, int, bool]:
    """In a fresh interpreter, two `tfi check` runs of the repository (in-process, as the tests run commands):
    the collector's freeze count before, after the first and after the second, and whether it runs at the end."""
    off = "gc.disable()\n" if disabled else ""
    code = (
        "import gc, sys\n"
        f"sys.path.insert(0, {str(REPO)!r})\n"
        f"{off}"
        "import cli\n"
        "from click.testing import CliRunner\n"
        "runner = CliRunner()\n"
        "counts = [gc.get_freeze_count()]\n"
        "for _ in range(2):\n"
        "    assert runner.invoke(cli.main, ['check']).exit_code == 0\n"
        "    counts.append(gc.get_freeze_count())\n"
        "print(*counts, gc.isenabled())\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True)
    before, first, second, enabled = result.stdout.split()
    return int(before), int(first), int(second), enabled == "True"


def test_a_check_freezes_what_start_up_made_once_and_leaves_the_collector_running() -> None:
    """The objects a check's imports made are frozen (never scanned, nor torn down at exit: 192 -> 165 ms of
    `tfi check`), once a process; the collector runs afterwards as before, and stays off if it was off."""
    before, first, second, enabled = _collector_after_checks(disabled=False)
    assert before == 0 and first > 10_000 and second == first and enabled
    assert _collector_after_checks(disabled=True) == (0, 0, 0, False)
