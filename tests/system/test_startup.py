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
