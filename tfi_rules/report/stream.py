"""`tfi report` a plan at a time: the page of `build_page` and `render`, without holding every plan.

The check puts each file's findings in a spool; the verdict hands over each plan with its rows as
it is judged (`run_verdict(on_plan=...)`), and the plan's section is rendered to HTML at once and
put in a spool of its own, and so is its line of the overview. What stays in memory is the
overview's totals, the mandates and the measurements. Issue 17 measured the page at 61 → 287 MiB from 100 to 1,000 plans, when it
kept every plan, row and section.

Two cases give a page that depends on plans read later: a plan id used by two files (the page
gives each the rows of both), and a measurement file found among the plans (plans read before it
are judged again). There the verdict stops handing plans over and keeps them all (`run.whole`),
and the page is gathered whole (`page.gather`) from the same check and verdict run: each runs once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..check.result import CheckResult
from ..config import Config
from ..files import TextOut
from ..model.plan import Plan
from ..spool import Spool
from ..verdict.judge import Row, Status
from ..verdict.run import VerdictRun, run_verdict
from .html import plan_section, write_page
from .page import (
    FileSection,
    Overview,
    Page,
    SpooledLines,
    anchor,
    failing_files,
    gather,
    plan_section_of,
    plan_summary,
)
from .sources import Sources, context_mandates, sources_of


@dataclass
class ReportPage:
    """The page to write: its plans' sections in a spool, in page order (`page.plans` is empty), or,
    with no spool (the page built whole), those of `page.plans`."""

    page: Page
    sections: Spool[int] | None
    check: CheckResult
    lines: SpooledLines | None = None  # the overview's lines, when they wait on disk (`page.overview.plans`)

    def write(self, out: TextOut) -> None:
        write_page(self.page, None if self.sections is None else (html for _, [html] in self.sections), out)

    def failed(self) -> bool:
        return self.check.failed()

    def close(self) -> None:
        if self.sections is not None:
            self.sections.close()
        if self.lines is not None:
            self.lines.close()
        self.check.close()


class _Sections:
    """Receives each plan as the verdict judges it: renders its section and keeps its summary."""

    def __init__(self, check: CheckResult, sources: Sources, as_of: date) -> None:
        self.check = check
        self.sources = sources
        self.as_of = as_of
        self.index = sources.index
        self.measurements = {m.id: m for f in sources.measurement_files for m in f.measurements}
        # A section is a plan's whole HTML, far larger than a finding: each goes to the file at once.
        self.html: Spool[int] = Spool(hold=0)
        self.summaries = SpooledLines()
        self.anchors: dict[str, str] = {}  # a plan's file → its section's anchor
        self.counts = {status.value: 0 for status in Status}
        self.ids: set[str] = set()

    def __call__(self, plan: Plan, rows: list[Row]) -> bool:
        """Whether the plan's section is written now: not for a plan id read before (the page is built whole)."""
        if plan.id in self.ids:
            return False
        self.ids.add(plan.id)
        file = self.sources.plan_files.get(plan.id)
        findings = self.check.findings_of(file) if file else []
        section = plan_section_of(plan, file, rows, findings, self.sources, self.measurements, self.index, self.as_of)
        self.html.put(len(self.summaries), [plan_section(section)])
        self.summaries.append(plan_summary(section))
        if file:
            self.anchors.setdefault(file, section.anchor)
        for row in rows:
            self.counts[row.status.value] += 1
        return True


def build_report(
    plan_paths: list[Path],
    measurement_paths: list[Path],
    as_of: date,
    config: Config | None = None,
    context_paths: list[Path] | None = None,
) -> ReportPage:
    """The page of `build_page`, checked and judged once: its sections rendered and put aside a plan at
    a time, or gathered whole where the page needs every plan at once (see the module's docstring).
    Raises PathError for a path that does not exist."""
    from ..check.pipeline import check_paths

    paths = [*plan_paths, *measurement_paths]
    check = check_paths(paths, config, today=as_of, context_paths=context_paths, spool=True)
    around = context_mandates(paths, context_paths)
    found: list[_Sections] = []  # made at the first plan: the mandates and measurements are read by then

    def on_plan(run: VerdictRun, plan: Plan, _path: str, rows: list[Row]) -> bool:
        if not found:
            found.append(_Sections(check, sources_of(run, around), as_of))
        return found[0](plan, rows)

    try:
        run = run_verdict(plan_paths, measurement_paths, as_of, keep_plans=True, on_plan=on_plan)
        sections = found[0] if found else _Sections(check, sources_of(run, around), as_of)
        if run.whole:
            sections.html.close()
            sections.summaries.close()
            return ReportPage(gather(check, run, sources_of(run, around), as_of), None, check)
        files = [
            FileSection(file, anchor("file", file), check.findings_of(file))
            for file in sorted(check.listed_files() - set(sections.anchors))
        ]
        overview = Overview(
            plans=sections.summaries,
            counts=sections.counts,
            failing=failing_files(check, sections.anchors),
            check_counts=check.counts(),
        )
        page = Page(as_of=as_of, overview=overview, plans=[], files=files)
        return ReportPage(page, sections.html, check, sections.summaries)
    except BaseException:  # Ctrl-C too: no spool left on disk
        for each in found:
            each.html.close()
            each.summaries.close()
        check.close()
        raise
