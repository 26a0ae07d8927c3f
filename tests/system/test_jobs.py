"""`--jobs`: files parsed in worker processes give exactly the findings of one process.

The workers read, validate and run the rules that need only their file, and send
the model with those findings; the main process runs the cross-file rules. A
cross-file finding (here: an unbalanced plan, which only the main process can see
against the mandate) is positioned by reading the file again.
"""

from __future__ import annotations

import shutil
from dataclasses import astuple
from pathlib import Path

import pytest

from tfi_rules.check.pipeline import PARALLEL_FROM, check_paths
from tfi_rules.config import Config

REPO = Path(__file__).resolve().parents[2]


def _many_plans(root: Path) -> Path:
    plans = root / "plans"
    plans.mkdir()
    shutil.copy(REPO / "plans" / "mandate.yaml", plans)
    source = (REPO / "plans" / "2011.yaml").read_text(encoding="utf-8")
    for index in range(PARALLEL_FROM):
        text = source.replace('id: "2011"', f'id: "2011-{index:03d}"', 1)
        if index == 7:  # unbalanced: found only against the mandate, in the main process
            text = text.replace("årsværk: 2\n", "årsværk: 2.5\n", 1)
        if index == 9:  # invalid: found by the worker's schema check
            text = text.replace("title: Program 2011", "titel: Program 2011", 1)
        (plans / f"plan-{index:03d}.yaml").write_text(text, encoding="utf-8")
    (plans / "broken.yaml").write_text("kind: plan\nid: [unclosed\n", encoding="utf-8")
    shutil.copytree(REPO / "measurements", root / "measurements")
    return root


def _shown(findings: list) -> list[tuple]:
    return [astuple(finding) for finding in findings]  # every field, as a worker pickles it


def test_worker_processes_find_exactly_what_one_process_finds(tmp_path: Path) -> None:
    root = _many_plans(tmp_path)
    paths = [root / "plans", root / "measurements"]
    alone = check_paths(paths, Config(), jobs=1)
    shared = check_paths(paths, Config(), jobs=2)
    assert _shown(shared.findings) == _shown(alone.findings)
    assert shared.files == alone.files
    rules = {finding.rule for finding in alone.findings}
    assert {"capacity-balance", "schema", "yaml-syntax"} <= rules  # the cases above were all seen
    unbalanced = next(f for f in alone.findings if f.rule == "capacity-balance")
    assert unbalanced.file.endswith("plan-007.yaml") and unbalanced.line > 0


def test_few_files_are_read_in_this_process(monkeypatch: pytest.MonkeyPatch) -> None:
    # Below PARALLEL_FROM files starting workers costs more than it saves: none may start.
    import multiprocessing

    def no_pool(*_args: object) -> None:
        raise AssertionError("a worker pool was started for a handful of files")

    paths = [REPO / "plans", REPO / "measurements"]
    alone = check_paths(paths, Config(), jobs=1)
    monkeypatch.setattr(multiprocessing, "get_context", no_pool)
    assert _shown(check_paths(paths, Config(), jobs=4).findings) == _shown(alone.findings)


def test_a_rule_that_reads_other_files_says_so() -> None:
    # Rules marked CROSS_FILE = False run in worker processes with a context that holds
    # no other file; reading the index there would silently find nothing.
    import inspect
    import re

    from tfi_rules.rules import RULES

    index = re.compile(r"context\.(mandates|criteria|indicators|plan_files|indicator_files|measurement_files)\b")
    wrong = [
        rule_id
        for rule_id, rule in RULES.items()
        if index.search(inspect.getsource(rule)) and not rule.CROSS_FILE  # type: ignore[arg-type]
    ]
    assert wrong == []
    assert {rule_id for rule_id, rule in RULES.items() if rule.CROSS_FILE} >= {
        "capacity-balance",
        "mandate-reference",
        "plan-id-unique",
        "measurement-reference",
    }


@pytest.mark.parametrize(
    ("cores", "load", "jobs"),
    [
        (1, 0.0, 1),
        (2, 0.0, 1),  # 2 cores: workers were never faster than one process under load (issue 17)
        (2, 4.5, 1),
        (3, 0.0, 2),  # 3 idle cores: the first machine that gets workers
        (3, 0.1, 1),  # any load on one of them rounds up to a whole core
        (4, 0.0, 3),
        (4, 1.5, 1),  # two cores busy elsewhere, one for the main process: a single worker gains nothing
        (8, 0.0, 7),
        (8, 3.2, 3),
        (8, 9.0, 1),
    ],
)
def test_the_default_jobs_are_the_cores_left_free(cores: int, load: float, jobs: int) -> None:
    from tfi_rules.check.pipeline import jobs_for

    assert jobs_for(cores, load) == jobs


def test_the_default_jobs_ask_the_machine(monkeypatch: pytest.MonkeyPatch) -> None:
    from tfi_rules.check import pipeline

    monkeypatch.setattr(pipeline, "usable_cores", lambda: 8)
    monkeypatch.setattr(pipeline, "load_average", lambda: 3.2)
    assert pipeline.default_jobs() == pipeline.jobs_for(8, 3.2) == 3


def test_on_two_cores_the_default_is_one_process(monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    from tfi_rules.check.pipeline import default_jobs

    monkeypatch.setattr(os, "sched_getaffinity", lambda _pid: {0, 1}, raising=False)
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    monkeypatch.setattr(os, "getloadavg", lambda: (0.0, 0.0, 0.0))
    assert default_jobs() == 1
