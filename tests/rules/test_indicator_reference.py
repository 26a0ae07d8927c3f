from __future__ import annotations

from pathlib import Path

from helpers import MANDATE, PLAN, by_rule, check_files

RULE = "indicator-reference"
INDICATORS = "indicators:\n  - {id: tfi-projektbesoeg, title: Projektbesøg, unit: count}\n"
VISITS = "        target: {kind: at_least, value: 25, unit: count}\n        measured_by: count\n"


def _plan(indicator: str) -> str:
    return PLAN.replace(VISITS, VISITS + f"        indicator: {indicator}\n") + INDICATORS


def _check(tmp_path: Path, files: dict[str, str]) -> list:
    return by_rule(check_files(tmp_path, {"plans/mandate.yaml": MANDATE, **files}), RULE)


def test_a_declared_indicator_passes(tmp_path: Path) -> None:
    assert _check(tmp_path, {"plans/p.yaml": _plan("tfi-projektbesoeg")}) == []


def test_an_indicator_declared_in_another_plan_passes(tmp_path: Path) -> None:
    other = PLAN.replace("id: p\n", "id: q\n") + INDICATORS
    plan = PLAN.replace(VISITS, VISITS + "        indicator: tfi-projektbesoeg\n")
    assert _check(tmp_path, {"plans/p.yaml": plan, "plans/q.yaml": other}) == []


def test_an_unknown_indicator_fails_with_a_suggestion(tmp_path: Path) -> None:
    [finding] = _check(tmp_path, {"plans/p.yaml": _plan("tfi-projektbesog")})
    assert finding.severity.value == "error" and finding.pointer == "/areas/2/criteria/0/indicator"
    assert (
        "names the indicator 'tfi-projektbesog', which no plan declares; did you mean 'tfi-projektbesoeg'?"
        in finding.message
    )
