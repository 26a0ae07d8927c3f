"""Any shape anywhere: a list or mapping where text is expected is a located finding, never a crash."""

from __future__ import annotations

import copy
import tempfile
from pathlib import Path
from typing import Any

import pytest
from helpers import MANDATE, PLAN, Place, dump_yaml, places, run_cli, write_repo
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import cli
from tfi_rules.load.loader import load_file

# The other plan of the run spends 4.5 of the mandate's 4 årsværk: its finding must still be reported.
UNBALANCED = PLAN.replace("id: p\n", "id: q\n").replace("årsværk: 1\n", "årsværk: 1.5\n")


def odd_plan(key: str, shape: str) -> str:
    lines = PLAN.splitlines(keepends=True)
    index = next(i for i, line in enumerate(lines) if line.startswith(f"{key}:"))
    lines[index] = f"{key}: {shape}\n"
    return "".join(lines)


@pytest.mark.parametrize(
    ("key", "shape", "column"),
    [("kind", "[]", 7), ("kind", "{title: x}", 7), ("kind", "[plan]", 7), ("id", "[a]", 5), ("id", "{p: q}", 5)],
)
def test_a_list_or_mapping_for_a_text_is_a_located_schema_error(
    tmp_path: Path, key: str, shape: str, column: int
) -> None:
    write_repo(
        tmp_path, {"plans/mandate.yaml": MANDATE, "plans/p.yaml": odd_plan(key, shape), "plans/q.yaml": UNBALANCED}
    )
    line = odd_plan(key, shape).splitlines().index(f"{key}: {shape}") + 1

    code, out, err = run_cli(["check"], tmp_path)
    assert code == cli.EXIT_FINDINGS, out + err
    assert (
        f"plans/p.yaml:{line}:{column}: error [schema] '{key}' must" in out
        or f"plans/p.yaml:{line}:{column}: error [schema] expected an id" in out
    ), out
    assert "plans/q.yaml:" in out and "[capacity-balance]" in out, out  # the other file is still checked
    assert "hint:" in out and "internal error" not in out + err

    code, out, err = run_cli(["check", "--format", "json"], tmp_path)
    assert code == cli.EXIT_FINDINGS and '"rule": "schema"' in out and '"capacity-balance"' in out

    code, out, err = run_cli(["verdict", "--as-of", "2008-06-30"], tmp_path)
    assert code == cli.EXIT_FINDINGS, out + err
    assert f"plans/p.yaml:{line}:{column}" in err and "internal error" not in err
    assert "q:" in out  # the other plan is still judged

    code, out, err = run_cli(["report", "-o", str(tmp_path / "report.html"), "--as-of", "2008-06-30"], tmp_path)
    assert code == cli.EXIT_FINDINGS, out + err
    assert "plans/p.yaml" in out + err and "internal error" not in err

    write_repo(tmp_path / "before", {"plans/mandate.yaml": MANDATE, "plans/p.yaml": PLAN})
    code, out, err = run_cli(["diff", "before/plans", "plans"], tmp_path)
    assert code == cli.EXIT_OK, out + err
    assert "p.yaml" in out and "is invalid" in out and "internal error" not in err


# --- any shape at any key of a real plan, mandate and measurement file -------------------------------
# Structurally odd but well-formed YAML: a scalar, list or mapping (nested, empty, numbers, null,
# true/false, text that looks like something else) in place of any value, or under a new key,
# through check, verdict and diff. 1,500 examples ran clean once; CI runs 40 (about 3 s).

REPO = Path(__file__).resolve().parents[2]
REAL_FILES = ("plans/2007-h2.yaml", "plans/mandate.yaml", "measurements/tfi-2008.yaml")
DATA = {name: load_file(REPO / name).data for name in REAL_FILES}

PLACES = {name: places(data) for name, data in DATA.items()}

# Keys the models know, so a new key is often one that means something somewhere else.
KEYS = st.one_of(
    st.sampled_from(
        [
            "kind",
            "id",
            "title",
            "target",
            "criteria",
            "of_which",
            "årsværk",
            "population",
            "waivers",
            "applies_to",
            "rule",
            "measurements",
            "capacity",
            "indicator",
            "criterion",
            "value",
            "unit",
            "source",
            "period",
            "funding",
            "budget",
            "lines",
            "splits",
            "baseline",
            "parts",
            "mandate",
        ]
    ),
    st.text(min_size=1, max_size=8),
)
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**12), 10**12),
    st.decimals(min_value=-(10**9), max_value=10**9, places=4, allow_nan=False, allow_infinity=False),
    st.sampled_from(
        [
            "",
            " ",
            "plan",
            "mandate",
            "measurements",
            "1,5",
            "yes",
            "2007-13-45",
            "2008-H3",
            "/areas/0",
            "capacity-balance",
            "at_least",
            "percent",
            "a/b",
            "~",
            "null",
            "[]",
            "{}",
        ]
    ),
    st.text(max_size=10),
)
SHAPES = st.recursive(
    SCALARS,
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(KEYS, inner, max_size=3)),
    max_leaves=8,
)


def at(data: Any, place: Place) -> Any:
    for part in place:
        data = data[part]
    return data


def edited(name: str, edits: list[tuple[Place, Any]]) -> Any:
    """The file's data with each edit made where its place still exists (earlier edits may have removed it)."""
    data = copy.deepcopy(DATA[name])
    for place, value in edits:
        try:
            parent = at(data, place[:-1])
            key = place[-1]
            if isinstance(parent, dict):
                parent[key] = value
            elif isinstance(parent, list) and isinstance(key, int):
                parent[key] = value
        except (KeyError, IndexError, TypeError):
            continue
    return data


def edits_of(name: str) -> st.SearchStrategy[list[tuple[Place, Any]]]:
    top = [place for place in PLACES[name] if len(place) == 1]  # what is read first: kind, id, ...
    mappings = [()] + [place for place in PLACES[name] if isinstance(at(DATA[name], place), dict)]
    where = st.one_of(
        st.sampled_from(top),
        st.sampled_from(PLACES[name]),
        st.tuples(st.sampled_from(mappings), KEYS).map(lambda pair: (*pair[0], pair[1])),  # a new key
    )
    return st.lists(st.tuples(where, SHAPES), min_size=1, max_size=3)


ODD_FILES = st.sampled_from(REAL_FILES).flatmap(lambda name: st.tuples(st.just(name), edits_of(name)))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(ODD_FILES)
@example(("plans/2007-h2.yaml", [(("kind",), [])]))
@example(("plans/mandate.yaml", [(("kind",), {"title": "x"})]))
@example(("measurements/tfi-2008.yaml", [(("kind",), ["measurements"]), (("id",), ["a"])]))
def test_any_shape_at_any_key_is_exit_0_or_1_in_check_verdict_and_diff(
    odd: tuple[str, list[tuple[Place, Any]]],
) -> None:
    name, edits = odd
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        for side in ("before", "after"):
            for real in REAL_FILES:
                (root / side / real).parent.mkdir(parents=True, exist_ok=True)
                (root / side / real).write_bytes((REPO / real).read_bytes())
        (root / "after" / name).write_text(dump_yaml(edited(name, edits)), encoding="utf-8")
        for args, allowed in [
            (["check"], {cli.EXIT_OK, cli.EXIT_FINDINGS}),
            (["verdict", "--as-of", "2009-06-30"], {cli.EXIT_OK, cli.EXIT_FINDINGS}),
            (["diff", "../before", "."], {cli.EXIT_OK}),
        ]:
            code, out, err = run_cli(args, root / "after")
            assert code in allowed and "internal error" not in err, (args, code, err[-500:])


@pytest.mark.parametrize(
    ("name", "text", "words"),
    [
        ("pyproject.toml", "tool = 5\n# [tool.tfi\n", "[tool.tfi] must be a table"),
        ("pyproject.toml", "[tool]\ntfi = 5\n[tool.tfi-extra]\n", "[tool.tfi] must be a table"),
        ("pyproject.toml", '[tool]\ntfi = "disable"\n[tool.tfi-extra]\n', "[tool.tfi] must be a table"),
        ("pyproject.toml", "[tool.tfi]\nhours-per-week = nan\n", "'hours-per-week' must be a positive number"),
        (".tfi.yaml", "hours-per-week: .nan\n", "'hours-per-week' must be a positive number"),
        (".tfi.yaml", "hours-per-week: .inf\n", "'hours-per-week' must be a positive number"),
        (".tfi.yaml", "max-findings: [1]\n", "'max-findings' must be a whole number of 0 or more, not a list"),
    ],
)
def test_a_configuration_of_the_wrong_shape_is_a_usage_error(tmp_path: Path, name: str, text: str, words: str) -> None:
    # The configuration is read before anything validates it; these exited 4 (or read "disable" letter by letter).
    write_repo(tmp_path, {"plans/mandate.yaml": MANDATE, name: text})
    code, out, err = run_cli(["check"], tmp_path)
    assert code == cli.EXIT_USAGE and words in err and "internal error" not in err, err
