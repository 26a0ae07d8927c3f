"""Reporters: one class per output format, chosen by name.

A reporter turns a `CheckResult` into text; adding a format is one new class
registered in `REPORTER_BY_NAME`.
"""

from __future__ import annotations

from typing import Protocol

from ..result import CheckResult


class Reporter(Protocol):
    name: str

    def render(self, result: CheckResult) -> str: ...


def reporter(name: str) -> Reporter:
    from .text import TextReporter

    by_name: dict[str, type] = {"text": TextReporter}
    return by_name[name]()


REPORTER_NAMES = ("text",)
