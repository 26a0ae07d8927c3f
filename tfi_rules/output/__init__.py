"""The output formats of `tfi check`: one reporter class per format, chosen by name.

A reporter turns a `CheckResult` into text; adding a format is one new subclass of
`base.Reporter` registered in `REPORTER_AT` (format name → module, class). Every reporter
takes the same two options (`hints`, `fail_on`; see `base.py`).

Only the reporter asked for is imported: `tfi --help` lists the names without importing
any, and a text check does not import junit's ElementTree or sarif's urllib (issue 17:
this package's import cost 124 ms of `tfi --version` on a loaded machine).
"""

from __future__ import annotations

from collections.abc import Mapping
from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..findings import Severity
    from .base import Reporter

REPORTER_AT: dict[str, tuple[str, str]] = {  # the class's `name` is its key (a test checks it)
    "text": ("text", "TextReporter"),
    "json": ("json", "JsonReporter"),
    "github": ("github", "GithubReporter"),
    "junit": ("junit", "JunitReporter"),
    "sarif": ("sarif", "SarifReporter"),
    "markdown": ("markdown", "MarkdownReporter"),
}

REPORTER_NAMES = tuple(REPORTER_AT)


def reporter_class(name: str) -> type[Reporter]:
    """The reporter class of a format name (KeyError for an unknown one), imported now."""
    module, class_name = REPORTER_AT[name]
    found: type[Reporter] = getattr(import_module(f"{__name__}.{module}"), class_name)
    return found


def __getattr__(name: str) -> dict[str, type[Reporter]]:
    """`REPORTER_BY_NAME`, every reporter class by format name, imported when first asked for."""
    if name == "REPORTER_BY_NAME":
        return {format_name: reporter_class(format_name) for format_name in REPORTER_AT}
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def reporter(name: str, hints: bool = True, fail_on: Severity | None = None) -> Reporter:
    """The reporter for a format name (KeyError for an unknown one); `fail_on` is ERROR if not given."""
    from ..findings import Severity

    return reporter_class(name)(hints=hints, fail_on=fail_on or Severity.ERROR)


def choose_format(name: str, environ: Mapping[str, str]) -> str:
    """The format `auto` stands for: `github` inside GitHub Actions (annotations on the diff), else `text`."""
    if name != "auto":
        return name
    return "github" if environ.get("GITHUB_ACTIONS") == "true" else "text"
