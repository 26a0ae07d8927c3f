from __future__ import annotations

from pathlib import Path

from helpers import MANDATE, PLAN, by_rule, check_files

RULE = "criterion-inferred-threshold"


def _check(tmp_path: Path, plan: str) -> list:
    return by_rule(check_files(tmp_path, {"plans/mandate.yaml": MANDATE, "plans/p.yaml": plan}), RULE)


def test_an_inferred_threshold_is_shown_with_its_wording(tmp_path: Path) -> None:
    [finding] = _check(tmp_path, PLAN)  # "75 pct. tilfredse", read as at least 75 %
    assert finding.severity.value == "info"
    assert finding.pointer == "/areas/1/criteria/0/target/inferred"
    assert (
        'tilfredshed is read as at least 75 %; the wording has no "mindst"/"højst": "75 pct. tilfredse"'
        in finding.message
    )
    result = check_files(tmp_path, {"plans/mandate.yaml": MANDATE, "plans/p.yaml": PLAN})
    assert not result.failed()  # information only


def test_a_stated_threshold_is_not_shown(tmp_path: Path) -> None:
    assert _check(tmp_path, PLAN.replace(", inferred: true", "")) == []
