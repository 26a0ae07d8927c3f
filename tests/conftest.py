import shutil
import sys
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
