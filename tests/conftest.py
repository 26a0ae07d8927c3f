from __future__ import annotations

import os
import platform
import shutil
import stat
import sys
import tempfile
from collections.abc import Iterator
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING

# Tests import their shared helpers as a plain module.
sys.path.insert(0, str(Path(__file__).parent))

import pytest
from hypothesis import settings

from tfi_rules.i18n import DEFAULT_LANGUAGE, set_language

if TYPE_CHECKING:
    from _pytest.terminal import TerminalReporter  # pytest.TerminalReporter only from pytest 8

# The machine is shared and noisy: a property that passes must not fail because one example took
# longer than hypothesis's default 200 ms deadline while another process had the cores (seen here:
# a loader property failed once while four other suites ran beside it, and passed 5,000 examples
# on a rerun).
# Speed is measured where it is a requirement, as ratios (tests/system/test_scaling.py, bench/run.py).
settings.register_profile("tfi", deadline=None)
settings.load_profile("tfi")

LOCALE_VARIABLES = ("TFI_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


@pytest.fixture(autouse=True)
def _not_in_github_actions(monkeypatch: pytest.MonkeyPatch) -> None:
    # `--format auto` picks the github format inside GitHub Actions; tests expect text.
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)


@pytest.fixture(autouse=True)
def _english_unless_asked(monkeypatch: pytest.MonkeyPatch) -> object:
    # The CLI takes its language from the locale; tests run the same on a Danish machine,
    # and a test that switches to Danish (`--lang da` sets it for the thread) leaves English behind.
    for variable in LOCALE_VARIABLES:
        monkeypatch.delenv(variable, raising=False)
    set_language(DEFAULT_LANGUAGE)
    yield
    set_language(DEFAULT_LANGUAGE)


@pytest.fixture()
def repo_copy(tmp_path: Path) -> Path:
    """A copy of the repository's plans and measurements to change."""
    repo = Path(__file__).resolve().parent.parent
    for folder in ("plans", "measurements"):
        shutil.copytree(repo / folder, tmp_path / folder)
    return tmp_path


# What the run was made with, printed after the tests (also under -q): a failure that comes with a
# new release on the package index shows at once which version changed. See constraints.txt.
TESTED_PACKAGES = (
    "PyYAML",
    "pydantic",
    "pydantic-core",
    "jsonschema",
    "click",
    "tabulate",
    "openpyxl",
    "hypothesis",
    "pytest",
)


def tested_versions() -> str:
    import yaml

    parts = [f"Python {platform.python_version()}"]
    for name in TESTED_PACKAGES:
        try:
            parts.append(f"{name} {metadata.version(name)}")
        except metadata.PackageNotFoundError:
            parts.append(f"{name} (not installed)")
    libyaml = yaml._yaml.get_version_string() if getattr(yaml, "__with_libyaml__", False) else "absent"
    parts[1] += f" (libyaml {libyaml})"
    return ", ".join(parts)


def pytest_terminal_summary(terminalreporter: TerminalReporter) -> None:
    terminalreporter.write_line(f"tested with: {tested_versions()}")


@pytest.fixture()
def shared_tmp() -> Iterator[Path]:
    """A temporary folder other users can reach (pytest's own is private to root: 0700), for tests that
    run a command as `nobody`; emptied afterwards whatever modes the test left behind."""
    folder = Path(tempfile.mkdtemp(prefix="tfi-shared-"))
    folder.chmod(0o755)
    yield folder
    for root, dirs, _files in os.walk(folder):  # top down: each folder is opened after its chmod
        for name in dirs:
            os.chmod(os.path.join(root, name), stat.S_IRWXU)
    shutil.rmtree(folder)
