"""The output formats of `tfi check`: one reporter class per format, chosen by name.

A reporter turns a `CheckResult` into text; adding a format is one new subclass of
`base.Reporter` registered in `REPORTER_BY_NAME`. Every reporter takes the same two
options (`hints`, `fail_on`; see `base.py`).
"""

from __future__ import annotations

from collections.abc import Mapping

from ..findings import Severity
from .base import Reporter
from .github import GithubReporter
from .json import JsonReporter
from .junit import JunitReporter
from .markdown import MarkdownReporter
from .sarif import SarifReporter
from .text import TextReporter

REPORTER_BY_NAME: dict[str, type[Reporter]] = {
    reporter_class.name: reporter_class
    for reporter_class in (TextReporter, JsonReporter, GithubReporter, JunitReporter, SarifReporter,
                           MarkdownReporter)
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
