"""Linear in the size of the file: big files cost in proportion, hostile ones are bounded, findings are capped.

Times are compared as ratios (per key at 16,000 keys against per key at 1,000), never against a
wall clock, so a slow or busy machine does not fail them; a quadratic step makes the ratio about 16.
"""

from __future__ import annotations

import gc
import json
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from helpers import MANDATE, PLAN, run_cli, write_repo
from hypothesis import given, settings
from hypothesis import strategies as st
from junitparser import JUnitXml

import cli
from tfi_rules.check.pipeline import check_paths
from tfi_rules.check.result import CheckResult
from tfi_rules.config import Config
from tfi_rules.findings import Finding, Severity
from tfi_rules.load.loader import DEFAULT_LIMITS, LoadError, load_text
from tfi_rules.load.prescan import most_values, value_beyond
from tfi_rules.output import reporter

REPO = Path(__file__).resolve().parents[2]
PLAN_2007 = (REPO / "plans" / "2007-h2.yaml").read_text(encoding="utf-8")


def per_item_seconds(run: Callable[[int], object], count: int, repeat: int) -> float:
    """The best of `repeat` runs of `run(count)`, per item; without the cyclic garbage collector,
    as `tfi check` runs (its passes over the growing heap would add their own growth)."""
    best = float("inf")
    collecting = gc.isenabled()
    gc.disable()
    try:
        for _ in range(repeat):
            started = time.perf_counter()
            run(count)
            best = min(best, time.perf_counter() - started)
    finally:
        if collecting:
            gc.enable()
    return best / count


# --- unknown keys: every finding's position is a lookup, not a walk along its siblings ----------------


def unknown_keys(count: int) -> str:
    return PLAN_2007 + "".join(f"unknown_key_{index:06d}: {index}\n" for index in range(count))


def test_per_key_time_at_16000_unknown_keys_is_within_3x_of_1000(tmp_path: Path) -> None:
    # Every finding explained and located (`--max-findings 0`): locating each walked its mapping's
    # 16,000 keys, 13.5 s for the file, 1.2 ms a key against 0.05 ms at 1,000.
    def check(count: int) -> None:
        path = tmp_path / f"{count}.yaml"
        if not path.exists():
            path.write_text(unknown_keys(count), encoding="utf-8")
        result = check_paths([path], Config(max_findings=0))
        assert len(result.findings) == count

    small = per_item_seconds(check, 1_000, repeat=3)
    large = per_item_seconds(check, 16_000, repeat=1)
    print(f"per key: {small * 1e6:.0f} µs at 1,000, {large * 1e6:.0f} µs at 16,000 ({large / small:.2f}×)")
    assert large <= 3 * small


def test_per_reference_time_at_1200_unknown_criteria_is_within_3x_of_100(tmp_path: Path) -> None:
    # Each unknown `population.criterion` was compared with every criterion of the plan for a
    # "did you mean": 1,200 × 1,200 comparisons, 31 s (26 ms a reference against 3 ms at 100).
    # The rules of one file now share a budget of comparisons.
    def plan(count: int) -> str:
        areas = "".join(
            f"  - id: a{index}\n    title: t\n    criteria:\n      - id: kriterie-{index:04d}\n        text: 50 pct.\n"
            f"        target: {{kind: at_least, value: 50, unit: percent, population: {{criterion: kriterie-{index:04d}-x}}}}\n"
            for index in range(count)
        )
        return PLAN.split("areas:\n")[0] + "areas:\n" + areas

    def check(count: int) -> None:
        folder = tmp_path / str(count)
        if not folder.exists():
            write_repo(folder, {"plans/mandate.yaml": MANDATE, "plans/p.yaml": plan(count)})
        result = check_paths([folder / "plans"], Config(max_findings=0))
        assert sum(f.rule == "share-range" for f in result.findings) == count

    small = per_item_seconds(check, 100, repeat=3)
    large = per_item_seconds(check, 1_200, repeat=1)
    print(f"per reference: {small * 1e6:.0f} µs at 100, {large * 1e6:.0f} µs at 1,200 ({large / small:.2f}×)")
    assert large <= 3 * small


def test_a_file_spends_a_budget_of_comparisons_on_suggestions() -> None:
    from tfi_rules.suggest import close_matches, suggestion_budget

    known = ["intdag-foreninger", "tilfredshed", "projektbesoeg"]
    with suggestion_budget(comparisons=5):
        assert close_matches("tilfredhed", known) == ["tilfredshed"]  # 3 compared, 2 left
        assert close_matches("tilfredhed", known) == []  # 3 more would overspend: no suggestion
        assert close_matches("tilfredhed", known[1:]) == ["tilfredshed"]  # 2 fit
    assert close_matches("tilfredhed", known) == ["tilfredshed"]  # outside a file's rules: no limit


# --- a file of many values is refused before it is built ---------------------------------------


def test_a_flat_list_of_a_million_items_is_refused_at_the_value_that_crosses_the_limit() -> None:
    text = "kind: plan\nid: x\nareas: [" + ",".join(["1"] * 1_000_000) + "]\n"  # 2 MB
    tracemalloc.start()
    try:
        with pytest.raises(LoadError) as caught:
            load_text(text, "plans/list.yaml")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    error = caught.value
    # The 20,001st value: the top-level mapping, `plan`, `x` and the list (keys do not count), then its items.
    assert (error.rule, error.line, error.column) == ("yaml-too-large", 3, 9 + 2 * (20_001 - 4 - 1))
    assert "more than 20,000 values" in error.message and error.hint
    print(f"peak {peak / 2**20:.1f} MiB")
    assert peak < 40 * 2**20  # the node tree of a million items took 314 MiB


def test_a_file_at_the_limit_of_values_is_read() -> None:
    items = DEFAULT_LIMITS.max_values - 4  # the top-level mapping, `plan`, `x` and the list
    document = load_text("kind: plan\nid: x\nareas: [" + ",".join(["1"] * items) + "]\n")
    assert len(document.data["areas"]) == items


SCALARS = st.one_of(st.none(), st.booleans(), st.integers(-5, 5), st.text("ab-:?,[]{} \n#'\"", max_size=6))
DOCUMENTS = st.recursive(
    SCALARS,
    lambda children: st.one_of(
        st.lists(children, max_size=4), st.dictionaries(st.text("ab-:?", max_size=3), children, max_size=4)
    ),
    max_leaves=25,
)


@settings(max_examples=100, deadline=None)
@given(DOCUMENTS, st.sampled_from([None, True, False]))
def test_the_count_from_the_text_bounds_the_values_libyaml_reads(document: object, flow: bool | None) -> None:
    # The cheap count decides whether the events are counted at all: it must never count too few.
    text = yaml.safe_dump(document, default_flow_style=flow, allow_unicode=True)
    assert value_beyond(text.encode("utf-8"), most_values(text)) is None, text


# --- findings past the limit are counted, not listed ---------------------------------------------


def many_unknown_keys(count: int) -> str:
    return PLAN + "".join(f"extra_{index:03d}: 1\n" for index in range(count))


def test_a_file_lists_100_findings_and_says_how_many_more(tmp_path: Path) -> None:
    write_repo(tmp_path, {"plans/mandate.yaml": MANDATE, "plans/p.yaml": many_unknown_keys(150)})
    code, out, _ = run_cli(["check", "plans"], tmp_path)
    assert code == cli.EXIT_FINDINGS
    lines = out.splitlines()
    assert sum("[schema] unknown key" in line for line in lines) == 100
    assert "plans/p.yaml: 50 more findings not listed (50 errors); --max-findings 0 lists them all" in lines
    assert lines[-1] == "2 files checked, 150 errors, 0 warnings, 0 infos"

    code, out, _ = run_cli(["check", "plans", "--max-findings", "0"], tmp_path)
    assert sum("[schema] unknown key" in line for line in out.splitlines()) == 150 and "more findings" not in out

    code, out, _ = run_cli(["check", "plans", "--max-findings", "1", "--lang", "da"], tmp_path)
    assert "plans/p.yaml: 149 fund mere er ikke vist (149 fejl); --max-findings 0 viser dem alle" in out

    (tmp_path / ".tfi.yaml").write_text("max-findings: 10\n", encoding="utf-8")
    code, out, _ = run_cli(["check", "plans"], tmp_path)
    assert "140 more findings not listed" in out


def test_every_format_shows_the_limit_and_the_exit_code_counts_everything(tmp_path: Path) -> None:
    write_repo(tmp_path, {"plans/mandate.yaml": MANDATE, "plans/p.yaml": many_unknown_keys(103)})

    code, out, _ = run_cli(["check", "plans", "--format", "json"], tmp_path)
    data = json.loads(out)
    assert code == cli.EXIT_FINDINGS and len(data["findings"]) == 100
    assert data["max_findings_per_file"] == 100
    assert data["unlisted"] == [{"file": "plans/p.yaml", "error": 3, "warning": 0, "info": 0, "waived": 0}]
    assert data["summary"]["error"] == 103 and data["summary"]["unlisted"] == 3

    code, out, _ = run_cli(["check", "plans", "--format", "github"], tmp_path)
    assert code == cli.EXIT_FINDINGS
    assert "::notice file=plans/p.yaml::plans/p.yaml: 3 more findings not listed (3 errors)" in out

    code, out, _ = run_cli(["check", "plans", "--format", "junit"], tmp_path)
    xml = JUnitXml.fromstring(out)
    assert code == cli.EXIT_FINDINGS and xml.failures == 101
    [case] = [case for suite in xml for case in suite if case.name == "plans/p.yaml"]
    assert any("3 more findings not listed" in (result.message or "") for result in case.result)

    code, out, _ = run_cli(["check", "plans", "--format", "sarif"], tmp_path)
    run = json.loads(out)["runs"][0]
    assert code == cli.EXIT_FINDINGS and len(run["results"]) == 100
    assert run["properties"] == {"maxFindingsPerFile": 100, "unlistedFindings": 3}
    [notification] = run["invocations"][0]["toolExecutionNotifications"]
    assert notification["level"] == "warning" and "3 more findings" in notification["message"]["text"]


def test_a_failing_finding_past_the_limit_still_fails_the_check() -> None:
    def finding(line: int, severity: Severity) -> Finding:
        return Finding("plans/p.yaml", line, 1, "some-rule", severity, f"finding {line}")

    result = CheckResult(
        ["plans/p.yaml"], [finding(1, Severity.INFO), finding(2, Severity.WARNING), finding(3, Severity.ERROR)]
    )
    result.limit_per_file(2)
    assert [f.line for f in result.findings] == [1, 2]
    assert result.failed()
    assert result.counts() == {"files": 1, "error": 1, "warning": 1, "info": 1, "waived": 0, "waived_error": 0}
    assert result.unlisted_failing("plans/p.yaml", Severity.ERROR) == 1
    text = reporter("text").render(result).splitlines()
    assert text[-2:] == [
        "plans/p.yaml: 1 more finding not listed (1 error); --max-findings 0 lists it",
        "1 file checked, 1 error, 1 warning, 1 info",
    ]


def test_worker_processes_count_the_same_findings_not_listed(tmp_path: Path) -> None:
    from tfi_rules.check.pipeline import PARALLEL_FROM

    files = {f"plans/p{index:02d}.yaml": many_unknown_keys(105 + index) for index in range(PARALLEL_FROM)}
    write_repo(tmp_path, {"plans/mandate.yaml": MANDATE, **files})
    alone = check_paths([tmp_path / "plans"], jobs=1)
    parallel = check_paths([tmp_path / "plans"], jobs=2)
    assert parallel.findings == alone.findings and parallel.unlisted == alone.unlisted
    assert alone.unlisted_count() == sum(5 + index for index in range(PARALLEL_FROM))
