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
