"""Fuzz target: any bytes through load → validate → rules for one file must end in a Document,
a LoadError, or findings; anything else raised is a bug. Run with fuzz/run.sh (not in CI)."""

from __future__ import annotations

import sys
from datetime import date

import atheris

with atheris.instrument_imports():
    from tfi_rules.checker import _check_one, _register, TypedFile
    from tfi_rules.config import Config
    from tfi_rules.context import Context
    from tfi_rules.loader import LoadError, load_text
    from tfi_rules.validation import validate


def test_one_input(raw: bytes) -> None:
    try:
        document = load_text(raw, "fuzz.yaml")
    except LoadError:
        return
    model, _findings = validate(document.data, "fuzz.yaml", document)
    if model is None:
        return
    typed = TypedFile("fuzz.yaml", model.kind, model, document)
    context = Context(config=Config(), today=date(2026, 11, 23))
    _register(typed, context)
    _check_one(typed, context)


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
