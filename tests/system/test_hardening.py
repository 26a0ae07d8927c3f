"""Paths that trip tools up, and the property that no valid plan makes the check raise."""

from __future__ import annotations

import errno
import os
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from helpers import MANDATE, by_rule, dump_yaml, write_repo
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import cli
from tfi_rules.check.pipeline import check_paths
from tfi_rules.check.result import CheckResult
from tfi_rules.load import reading
from tfi_rules.rules import RULES


def run(args: list[str], cwd: Path) -> tuple[int, str]:
    old = Path.cwd()
    os.chdir(cwd)
    try:
        result = CliRunner().invoke(cli.main, args)
    finally:
        os.chdir(old)
    output = result.stdout + result.stderr
    assert "Traceback" not in output
    return result.exit_code, output


def small_plan(plan_id: str) -> str:
    return (
        f"kind: plan\nid: {plan_id}\ntitle: Plan {plan_id}\ndocument_kind: arbejdsplan\n"
        "source: {date: 2007-06-25}\nperiod: {start: 2007-07-01, end: 2007-12-31}\n"
        "areas:\n  - id: omraade\n    title: Et område\n    årsværk: 0.5\n"
        "    funding: {source: other, reference: EU}\n    criteria:\n"
        "      - id: moeder\n        text: alle møder\n        target: {kind: all, counted: møder}\n"
        "        measured_by: attendance\n"
    )


# --- paths ---------------------------------------------------------------------------


def test_a_folder_without_plans_is_a_finding(tmp_path: Path) -> None:
    (tmp_path / "plans").mkdir()
    code, out = run(["check", "plans"], tmp_path)
    assert code == cli.EXIT_FINDINGS
    assert "[no-files]" in out and "plans" in out and "hint:" in out


def test_a_path_that_does_not_exist_is_a_usage_error(tmp_path: Path) -> None:
    code, out = run(["check", "nowhere/plan.yaml"], tmp_path)
    assert code == cli.EXIT_USAGE
    assert "nowhere/plan.yaml" in out and "no such file or folder" in out


def test_symbolic_link_loops_do_not_hang(tmp_path: Path) -> None:
    plans = tmp_path / "plans"
    write_repo(tmp_path, {"plans/a.yaml": small_plan("a")})
    (plans / "sub").mkdir()
    (plans / "sub" / "back").symlink_to(plans, target_is_directory=True)  # a folder loop
    (plans / "x.yaml").symlink_to(plans / "y.yaml")  # a file loop
    (plans / "y.yaml").symlink_to(plans / "x.yaml")
    start = time.perf_counter()
    code, out = run(["check", "plans"], tmp_path)
    assert time.perf_counter() - start < 1.0
    assert code == cli.EXIT_FINDINGS
    assert "plans/x.yaml: error [file-unreadable]" in out and "loop of symbolic links" in out
    assert "a.yaml" not in out.split("[file-unreadable]")[0].splitlines()[-1]


def test_an_unreadable_file_is_a_finding(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_repo(tmp_path, {"plans/secret.yaml": small_plan("secret")})
    secret = tmp_path / "plans" / "secret.yaml"
    secret.chmod(0)
    real_open = os.open
    if os.access(secret, os.R_OK):  # root reads anything: simulate the refusal instead

        def refusing_open(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
            if str(path).endswith("secret.yaml"):
                raise PermissionError(errno.EACCES, "Permission denied", str(path))
            return real_open(path, flags, *args, **kwargs)

        monkeypatch.setattr(reading.os, "open", refusing_open)
    try:
        code, out = run(["check", "plans"], tmp_path)
    finally:
        secret.chmod(0o644)
    assert code == cli.EXIT_FINDINGS
    assert "plans/secret.yaml: error [file-unreadable] cannot read" in out and "permission denied" in out


def test_a_directory_named_like_a_plan_is_walked_not_read(tmp_path: Path) -> None:
    (tmp_path / "plans" / "x.yaml").mkdir(parents=True)
    code, out = run(["check", "plans/x.yaml"], tmp_path)
    assert code == cli.EXIT_FINDINGS and "[no-files]" in out


def test_a_file_name_with_spaces_and_danish_letters(tmp_path: Path) -> None:
    name = "Arbejdsplan for Ørestad og Nørrebro – 2. halvår.yaml"
    write_repo(tmp_path, {f"plans/{name}": small_plan("oerestad")})
    code, out = run(["check", f"plans/{name}"], tmp_path)
    assert code == cli.EXIT_OK, out
    assert f"plans/{name}:2:5: warning [plan-id-filename]" in out


def test_a_folder_of_2000_plans(tmp_path: Path) -> None:
    write_repo(tmp_path, {f"plans/p{index:04d}.yaml": small_plan(f"p{index:04d}") for index in range(2000)})
    start = time.perf_counter()
    code, out = run(["check", "plans"], tmp_path)
    seconds = time.perf_counter() - start
    print(f"2,000 plans checked in {seconds:.2f} s")
    assert code == cli.EXIT_OK, out[-2000:]
    assert "2000 files checked, 0 errors" in out
    assert seconds < 15.0


# --- the whole check never raises on a schema-valid plan --------------------------------

IDS = st.from_regex(r"[a-z0-9]{1,6}(-[a-z0-9]{1,4}){0,2}", fullmatch=True)
TEXT = st.text(min_size=1, max_size=12).filter(lambda text: bool(text.strip()))
AMOUNT = st.decimals(min_value=0, max_value=5, places=2)
NUMBER = st.decimals(min_value=-1000, max_value=1000, places=3)
DAY = st.dates(min_value=date(2005, 1, 1), max_value=date(2013, 12, 31)).map(date.isoformat)
UNIT = st.sampled_from(["percent", "count", "kr", "mio_kr"])
MOMENT = st.one_of(DAY, st.integers(2005, 2013), st.sampled_from(["2008-08", "2007-H2", "2009-Q1", "2007-spring"]))


def _threshold(kind: str) -> st.SearchStrategy[dict[str, Any]]:
    values = (
        st.fixed_dictionaries({"min": NUMBER, "max": NUMBER})
        if kind == "range"
        else st.fixed_dictionaries({"value": NUMBER})
    )
    optional = st.fixed_dictionaries(
        {},
        optional={
            "counted": TEXT,
            "inferred": st.booleans(),
            "approximate": st.booleans(),
            "population": st.fixed_dictionaries({}, optional={"value": AMOUNT, "criterion": IDS, "text": TEXT}),
        },
    )
    return st.tuples(values, optional, UNIT).map(
        lambda parts: _counts_not_negative({"kind": kind, **parts[0], **parts[1], "unit": parts[2]})
    )


def _counts_not_negative(target: dict[str, Any]) -> dict[str, Any]:
    """A count is zero or more (the model refuses `value: -1` in `unit: count`): keep the plan valid."""
    if target.get("unit") != "count":
        return target
    levels: dict[str, Any] = {
        name: abs(target[name]) for name in ("value", "min", "max", "end_level") if name in target
    }
    if "baseline" in target:
        levels["baseline"] = {**target["baseline"], "value": abs(target["baseline"]["value"])}
    return {**target, **levels}


CHANGE = st.fixed_dictionaries(
    {"kind": st.just("change"), "direction": st.sampled_from(["increase", "decrease"]), "unit": UNIT},
    optional={
        "by": AMOUNT,
        "mode": st.sampled_from(["percentage_points", "relative_percent"]),
        "baseline": st.fixed_dictionaries({"value": NUMBER, "date": MOMENT, "method": TEXT}, optional={"text": TEXT}),
        "end_level": NUMBER,
        "counted": TEXT,
        "approximate": st.booleans(),
    },
).map(_counts_not_negative)
TARGET = st.one_of(
    *(_threshold(kind) for kind in ("at_least", "at_most", "exactly", "range")),
    CHANGE,
    st.fixed_dictionaries({"kind": st.just("all"), "counted": TEXT}),
    st.just({"kind": "done"}),
    st.fixed_dictionaries({"kind": st.just("qualitative")}, optional={"reason": TEXT}),
)
MEASURED_BY = st.sampled_from(["count", "survey", "register", "report", "attendance", "assessment", "indicator"])


def _criterion(children: st.SearchStrategy[list[dict[str, Any]]]) -> st.SearchStrategy[dict[str, Any]]:
    return st.fixed_dictionaries(
        {"id": IDS, "text": TEXT, "target": TARGET},
        optional={"of_which": children, "due": MOMENT, "measured_by": MEASURED_BY, "note": TEXT},
    )


CRITERIA = st.recursive(
    st.lists(_criterion(st.just([])), max_size=2),
    lambda children: st.lists(_criterion(children), max_size=2),
    max_leaves=6,
)
AREA = st.fixed_dictionaries(
    {"id": IDS, "title": TEXT, "criteria": CRITERIA},
    optional={
        "årsværk": AMOUNT,
        "årsværk_text": TEXT,
        "funding": st.one_of(
            st.just({"source": "core"}), st.fixed_dictionaries({"source": st.just("other"), "reference": TEXT})
        ),
        "splits": st.lists(
            st.fixed_dictionaries({"title": TEXT}, optional={"hours_per_week": AMOUNT, "årsværk": AMOUNT}), max_size=2
        ),
        "activities": st.lists(TEXT, max_size=2),
    },
)
BUDGET_LINE = st.fixed_dictionaries(
    {"id": IDS, "title": TEXT},
    optional={"amount": AMOUNT, "amounts": st.lists(st.one_of(st.none(), NUMBER), max_size=3), "total": NUMBER},
)
BUDGET = st.fixed_dictionaries(
    {"unit": st.sampled_from(["kr", "mio_kr"]), "lines": st.lists(BUDGET_LINE, min_size=1, max_size=3)},
    optional={"total": st.fixed_dictionaries({}, optional={"amount": AMOUNT, "total": NUMBER})},
)
WAIVER = st.fixed_dictionaries(
    {"rule": st.sampled_from(sorted(RULES)), "reason": TEXT, "approved_by": TEXT},
    optional={"applies_to": st.one_of(IDS, st.just("/areas/0")), "expires": DAY},
)
PLAN = st.fixed_dictionaries(
    {
        "kind": st.just("plan"),
        "id": st.just("plan"),
        "title": TEXT,
        "document_kind": st.sampled_from(["arbejdsplan", "program", "indstilling", "statusredegørelse"]),
        "source": st.fixed_dictionaries({}, optional={"date": DAY, "case_no": TEXT}),
        "period": st.tuples(DAY, DAY).map(lambda days: {"start": min(days), "end": max(days)}),
        "areas": st.lists(AREA, min_size=1, max_size=4),
    },
    optional={
        "mandate": st.sampled_from(["biu-201-2006", "no-such-mandate"]),
        "budget": BUDGET,
        "waivers": st.lists(WAIVER, max_size=2),
        "indicators": st.lists(st.fixed_dictionaries({"id": IDS, "title": TEXT, "unit": UNIT}), max_size=2),
    },
)


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(PLAN)
def test_the_check_never_raises_on_a_valid_plan(plan: dict[str, Any]) -> None:
    text = dump_yaml(plan)
    with tempfile.TemporaryDirectory() as folder:
        root = write_repo(Path(folder), {"plans/mandate.yaml": MANDATE})
        (root / "plans" / "plan.yaml").write_text(text, encoding="utf-8")
        result = check_paths([root / "plans"], today=date(2026, 11, 23))
    assert isinstance(result, CheckResult)
    # The plan really is schema-valid, so the rules ran on it.
    early = [f for f in result.findings if f.rule in ("schema", "file-kind") or f.rule.startswith(("yaml-", "file-"))]
    assert not early, (early, text)
    assert not by_rule(result, "no-files")
