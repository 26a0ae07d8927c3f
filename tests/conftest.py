import os
import shutil
import stat
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

# Tests import their shared helpers as a plain module.
sys.path.insert(0, str(Path(__file__).parent))

import pytest

from tfi_rules.i18n import DEFAULT_LANGUAGE, set_language

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
