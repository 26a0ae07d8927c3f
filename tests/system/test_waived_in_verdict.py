"""Waived is not gone: tfi verdict shows each plan's standing waived errors (issue 14 item 6).

The verdict wing may not import tfi check; the entrance composes the two, checking only the plans that
have a waiver. Seed 003 gives 2009 5 årsværk against the mandate's 4, and no one approved it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import MANDATE, PLAN, run_cli, write_repo

REPO = Path(__file__).resolve().parents[2]
UNBALANCED = PLAN.replace("årsværk: 1\n", "årsværk: 1.5\n", 1)  # 1.5 + 1.5 + 1.5 = 4.5 of 4
WAIVER = """\
waivers:
  - rule: capacity-balance
    applies_to: /areas
    reason: Udvalget gav 4,5 årsværk
    approved_by: BIU 25.06.2007
    expires: 2008-06-30
"""


def test_the_2009_plans_five_of_four_stand_in_the_text_verdict() -> None:
    code, out, _ = run_cli(["verdict", "plans/2009.yaml"], REPO)
    assert code == 0
    section = out[out.index("Standing waived errors:") :]
    assert "capacity-balance (plans/2009.yaml:25:3): core årsværk add up to 5" in section
    assert "gives 4 (1 too many)" in section
    assert "(unapproved: no one has approved this exception (recorded by tfi-vedligeholderne" in section
    assert out.index("Standing waived errors:") < out.index("Summary:")  # in the 2009 plan's own section


def test_in_danish_markdown_too() -> None:
    code, out, _ = run_cli(["verdict", "plans/2009.yaml", "--format", "markdown", "--lang", "da"], REPO)
    assert code == 0
    [line] = [line for line in out.splitlines() if line.startswith("- `capacity-balance`")]
    assert "giver 4 (1 for mange)" in line and "ikke godkendt: ingen har godkendt denne undtagelse" in line
    assert "**Fejl med dispensation, som stadig står:**" in out


def test_json_gives_each_row_its_plans_waived_errors() -> None:
    code, out, _ = run_cli(["verdict", "--format", "json"], REPO)
    assert code == 0
    rows = json.loads(out)
    by_plan = {row["plan"]: row["plan_waived_errors"] for row in rows}
    [balance] = by_plan["2009"]
    assert (balance["rule"], balance["pointer"], balance["approved"], balance["reason_language"]) == (
        "capacity-balance",
        "/areas",
        False,
        "da",
    )
    assert by_plan["2011"] == [] and by_plan["2007-h2"] == []
    policy = by_plan["integrationspolitik-2009"]
    assert {error["rule"] for error in policy} == {"change-target", "wording-number", "budget-sums"}
    assert not any(error["approved"] for error in policy)


@pytest.mark.parametrize(("as_of", "standing"), [("2008-06-30", True), ("2008-07-01", False)])
def test_an_expired_waiver_no_longer_hides_anything(tmp_path: Path, as_of: str, standing: bool) -> None:
    """Once the waiver has expired the error is not waived but failing: tfi check says so, not the verdict."""
    write_repo(tmp_path, {"plans/mandate.yaml": MANDATE, "plans/p.yaml": UNBALANCED + WAIVER})
    code, out, _ = run_cli(["verdict", "--as-of", as_of], tmp_path)
    assert code == 0
    assert ("Standing waived errors:" in out) is standing
    if standing:
        assert "capacity-balance (plans/p.yaml" in out and "(approved by BIU 25.06.2007)" in out


def test_a_plan_without_waivers_shows_none(tmp_path: Path) -> None:
    write_repo(tmp_path, {"plans/mandate.yaml": MANDATE, "plans/p.yaml": UNBALANCED})
    code, out, _ = run_cli(["verdict"], tmp_path)
    assert code == 0 and "Standing waived errors" not in out
