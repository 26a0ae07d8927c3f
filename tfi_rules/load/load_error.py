"""`LoadError`, the one exception the loader raises, and the small constructors of errors at a place in the text.

The loader's modules report through these: a position is 1-based (PyYAML's marks are
0-based), and every refusal carries a rule id, a sentence and what to write instead.
"""

from __future__ import annotations

from typing import Protocol

from tfi_rules.findings import Finding, Severity
from tfi_rules.i18n import t


class LoadError(Exception):
    """A file that cannot become plan data; one clear sentence and what to write instead."""

    def __init__(self, file: str, line: int, column: int, rule: str, message: str, hint: str = "") -> None:
        super().__init__(file, line, column, rule, message, hint)
        self.file = file
        self.line = line
        self.column = column
        self.rule = rule
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}:{self.column}" if self.line else self.file
        return f"{where}: {self.message} [{self.rule}]"

    def to_finding(self) -> Finding:
        return Finding(
            file=self.file,
            line=self.line,
            column=self.column,
            rule=self.rule,
            severity=Severity.ERROR,
            message=self.message,
            hint=self.hint,
            pointer="",
        )


class Mark(Protocol):
    """A place in the text as PyYAML's marks and libyaml's events give it (0-based)."""

    line: int
    column: int


def position(mark: Mark | None) -> tuple[int, int]:
    # PyYAML marks are 0-based; findings are 1-based.
    if mark is None:
        return 0, 0
    return mark.line + 1, mark.column + 1


def error_at(path: str, mark: Mark | None, rule: str, message: str, hint: str) -> LoadError:
    line, column = position(mark)
    return LoadError(path, line, column, rule, message, hint)


def too_deep(path: str, mark: Mark | None, max_depth: int) -> LoadError:
    return error_at(
        path,
        mark,
        "yaml-too-deep",
        t("lists and mappings nest more than {depth} levels deep here", depth=max_depth),
        t("flatten the structure; plans need only a few levels"),
    )
