"""`tfi report` and `tfi verdict` grow linearly with the number of plans (issue 17, item 1).

Times are compared as a ratio at two small sizes in the same run, in CPU time of this process
(other work on a shared machine moved wall-clock ratios by 2×): four times the plans may take
at most 8× the time. Sizes below a few hundred plans are not compared: there the time per plan
still grows with the heap (caches), 2.6× from 20 to 1,000 plans. Measured on 2 shared cores
under a load of 4-5, gathering the page of 250 → 1,000 plans took 10-11.5× the CPU time with
the quadratic row scan this guards against, 3.9-4.8× linear.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from tfi_rules.check.result import CheckResult
from tfi_rules.report.page import gather
from tfi_rules.report.sources import sources_of
from tfi_rules.verdict.render import render
from tfi_rules.verdict.run import VerdictRun, run_verdict

REPO = Path(__file__).resolve().parents[2]
AS_OF = date(2009, 6, 30)
GROWTH = 4
MAX_RATIO = 2 * GROWTH


def copies(run: VerdictRun, count: int) -> VerdictRun:
    """`count` plans made of the repository's, renamed, each with its rows (the rows of a plan stay together)."""
    big = VerdictRun(mandates=run.mandates, measurement_files=run.measurement_files, index=run.index)
    for number in range(count):
        plan = run.plans[number % len(run.plans)]
        plan_id = f"{plan.id}-{number}"
        big.plans.append(plan.model_copy(update={"id": plan_id}))
        big.titles[plan_id] = plan.title
        big.plan_files[plan_id] = f"plans/{plan_id}.yaml"
        big.rows.extend(replace(row, plan=plan_id) for row in run.rows if row.plan == plan.id)
    return big


def timed(action: Callable[[], object]) -> float:
    """CPU seconds of one run, the cyclic collector held off: its full passes over the many
    objects alive grow with the heap, not with the work measured."""
    gc.collect()
    gc.disable()
    try:
        started = time.process_time()
        action()
        return time.process_time() - started
    finally:
        gc.enable()


def growth(make: Callable[[int], Callable[[], object]], small: int) -> float:
    """Time at `GROWTH` × `small` plans over time at `small` plans: the least of paired runs,
    taken in turn so that other work on the machine falls on both sizes alike."""
    little, large = make(small), make(small * GROWTH)
    pairs = [(timed(little), timed(large)) for _ in range(3)]
    return min(pair[1] for pair in pairs) / min(pair[0] for pair in pairs)


@pytest.fixture(scope="module")
def run() -> VerdictRun:
    return run_verdict([REPO / "plans"], [REPO / "measurements"], AS_OF)


def test_report_page_is_linear_in_the_plans(run: VerdictRun) -> None:
    def page_of(count: int) -> Callable[[], object]:
        big = copies(run, count)
        sources = sources_of(big)
        return lambda: gather(CheckResult(), big, sources, AS_OF)

    assert growth(page_of, 250) <= MAX_RATIO


def test_verdict_rendering_is_linear_in_the_plans(run: VerdictRun) -> None:
    def rendering(count: int) -> Callable[[], object]:
        big = copies(run, count)
        return lambda: [render(big, big.rows, fmt) for fmt in ("text", "json", "csv")]

    assert growth(rendering, 25) <= MAX_RATIO


def test_workbook_sheet_names_are_linear_in_the_plans() -> None:
    # Plans whose ids agree in their first 31 characters (all an Excel sheet name may hold) each
    # tried every number from 2 again: 1,000 → 4,000 such plans took 16× the time.
    from tfi_rules.verdict.xlsx import _sheet_names

    def naming(count: int) -> Callable[[], object]:
        wanted = [f"integrationspolitikkens-handleplan-{number:05d}" for number in range(count)]
        return lambda: _sheet_names(wanted)

    assert growth(naming, 1_000) <= MAX_RATIO
    # The same names as when every number was tried from 2: with names that collide only in case,
    # only once cut to 31 characters, or with a name that is another's numbered candidate.
    tricky = ["Overview", "overview", "a" * 40, "A" * 31 + "x", "a" * 29 + "-2", "a" * 35, "b", "B", "b-2", "b"]
    wanted = [*tricky, *(f"integrationspolitikkens-handleplan-{number:05d}" for number in range(12)), *tricky]
    assert _sheet_names(wanted) == _sheet_names_trying_from_two(wanted)


def _sheet_names_trying_from_two(wanted: list[str]) -> list[str]:
    taken: set[str] = set()
    names = []
    for name in wanted:
        candidate, number = name[:31], 1
        while candidate.casefold() in taken:
            number += 1
            candidate = name[: 31 - len(f"-{number}")] + f"-{number}"
        taken.add(candidate.casefold())
        names.append(candidate)
    return names
