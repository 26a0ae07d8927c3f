"""Documentation generated from the registry stays current, and every rule documents itself."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tfi_rules.check.docs import readme_with_rule_table
from tfi_rules.findings import Severity
from tfi_rules.rules import RULES

README = Path(__file__).resolve().parents[2] / "README.md"


def test_readme_rule_table_is_current() -> None:
    text = README.read_text(encoding="utf-8")
    assert readme_with_rule_table(text) == text, "stale: run `python -m tfi_rules.check.docs`"


@pytest.mark.parametrize("rule_id", sorted(RULES))
def test_rule_documents_itself(rule_id: str) -> None:
    rule = RULES[rule_id]
    assert re.fullmatch(r"[a-z]+(-[a-z]+)*", rule.ID)
    assert rule.__name__.rsplit(".", 1)[-1] == rule.ID.replace("-", "_")  # module named after its id
    assert isinstance(rule.SEVERITY, Severity)
    doc = (rule.__doc__ or "").strip()
    summary, _, body = doc.partition("\n")
    assert summary.endswith(".") and len(summary) <= 140  # one line in `tfi rules`
    assert "Why:" in body
    assert re.search(r"Fails[^`]*:\s*```yaml\n", body), "a failing example"
    assert re.search(r"Passes[^`]*:\s*```yaml\n", body), "a passing example"
