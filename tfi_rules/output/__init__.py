"""Reporters: one class per output format, chosen by name.

A reporter turns a `CheckResult` into text; adding a format is one new class
registered in `REPORTER_BY_NAME`. Every reporter takes the same two options:
`hints` (show the "what to write instead" hints where the format is read by
people) and `fail_on` (the least severe finding that fails the check, for
formats that say pass or fail per finding or per run).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol

from ..check.result import CheckResult
from ..findings import Severity
from .github import GithubReporter
from .json import JsonReporter
from .junit import JunitReporter
from .sarif import SarifReporter
from .text import TextReporter


class Reporter(Protocol):
    name: str

    def __init__(self, hints: bool = True, fail_on: Severity = Severity.ERROR) -> None: ...

    def render(self, result: CheckResult) -> str: ...


REPORTER_BY_NAME: dict[str, type[Reporter]] = {
    reporter_class.name: reporter_class
    for reporter_class in (TextReporter, JsonReporter, GithubReporter, JunitReporter, SarifReporter)
}

REPORTER_NAMES = tuple(REPORTER_BY_NAME)


def reporter(name: str, hints: bool = True, fail_on: Severity = Severity.ERROR) -> Reporter:
    """The reporter for a format name (KeyError for an unknown one)."""
    return REPORTER_BY_NAME[name](hints=hints, fail_on=fail_on)


def choose_format(name: str, environ: Mapping[str, str]) -> str:
    """The format `auto` stands for: `github` inside GitHub Actions (annotations on the diff), else `text`."""
    if name != "auto":
        return name
    return "github" if environ.get("GITHUB_ACTIONS") == "true" else "text"
