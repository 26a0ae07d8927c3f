"""`tfi report`: one self-contained HTML page of the plans, their capacity, targets and verdicts.

`build_page` gathers what the page shows (`page.py`, plain data); `render` turns it into
HTML (`html.py`, with inline SVG from `charts.py`). `tfi report` calls `stream.build_report`:
the same page from one check and one verdict run, written a plan at a time where it can be. Nothing is fetched: no scripts, fonts,
style sheets or images from elsewhere, so the file can be mailed, attached or printed.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ..config import Config
from .page import Page


def build_page(
    plan_paths: list[Path],
    measurement_paths: list[Path],
    as_of: date,
    config: Config | None = None,
    context_paths: list[Path] | None = None,
) -> tuple[Page, bool]:
    """The page for the plans and measurements given, judged and checked as of `as_of`.

    Returns the page and whether `tfi check` fails on these files (an error not waived).
    Raises PathError for a path that does not exist.
    """
    from ..check.pipeline import check_paths
    from ..verdict.run import run_verdict
    from .page import gather
    from .sources import context_mandates, sources_of

    paths = [*plan_paths, *measurement_paths]
    result = check_paths(paths, config, today=as_of, context_paths=context_paths)
    run = run_verdict(plan_paths, measurement_paths, as_of, keep_plans=True)
    return gather(result, run, sources_of(run, context_mandates(paths, context_paths)), as_of), result.failed()


def render(page: Page) -> str:
    """The page as one HTML document, in the language in use."""
    from .html import render_page

    return render_page(page)


__all__ = ["Page", "build_page", "render"]
