import sys
from pathlib import Path

# Tests import their shared helpers as a plain module.
sys.path.insert(0, str(Path(__file__).parent))

import pytest


@pytest.fixture(autouse=True)
def _not_in_github_actions(monkeypatch: pytest.MonkeyPatch) -> None:
    # `--format auto` picks the github format inside GitHub Actions; tests expect text.
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
