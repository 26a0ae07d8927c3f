"""Any shape anywhere: a list or mapping where text is expected is a located finding, never a crash."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import MANDATE, PLAN, run_cli, write_repo

import cli

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
def test_a_list_or_mapping_for_a_text_is_a_located_schema_error(tmp_path: Path, key: str, shape: str,
                                                                column: int) -> None:
    write_repo(tmp_path, {"plans/mandate.yaml": MANDATE, "plans/p.yaml": odd_plan(key, shape),
                          "plans/q.yaml": UNBALANCED})
    line = odd_plan(key, shape).splitlines().index(f"{key}: {shape}") + 1

    code, out, err = run_cli(["check"], tmp_path)
    assert code == cli.EXIT_FINDINGS, out + err
    assert f"plans/p.yaml:{line}:{column}: error [schema] '{key}' must" in out or \
        f"plans/p.yaml:{line}:{column}: error [schema] expected an id" in out, out
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
