"""Fuzz target: any bytes through load → validate → rules for one file must end in a Document,
a LoadError, or findings; anything else raised is a bug. Run with fuzz/run.sh (not in CI)."""

from __future__ import annotations

import sys
from datetime import date

import atheris

with atheris.instrument_imports():
    from tfi_rules.check.pipeline import _check_one, _register
    from tfi_rules.config import Config
    from tfi_rules.load.typed import typed_text
    from tfi_rules.rules import RULES
    from tfi_rules.rules.context import Context


def test_one_input(raw: bytes) -> None:
    typed, _findings = typed_text(raw, "fuzz.yaml")
    if typed is None:
        return
    context = Context(config=Config(), today=date(2026, 11, 23), rule_ids=frozenset(RULES))
    _register(typed, context)
    _check_one(typed, context)


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
