from __future__ import annotations

from pathlib import Path

import pytest
from helpers import MANDATE, PLAN, by_rule, check_files

from tfi_rules.model.build import validated
from tfi_rules.model.plan import Criterion, is_inferred

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


@pytest.mark.parametrize(
    ("target", "inferred"),
    [
        ({"kind": "at_least", "value": 75, "unit": "percent", "inferred": True}, True),
        ({"kind": "at_most", "value": 18, "unit": "percent", "inferred": True}, True),
        ({"kind": "exactly", "value": 4, "unit": "count", "inferred": True}, True),
        ({"kind": "range", "min": 1, "max": 2, "unit": "count", "inferred": True}, True),
        ({"kind": "at_least", "value": 75, "unit": "percent"}, False),
        ({"kind": "change", "direction": "increase", "unit": "percent"}, False),
        ({"kind": "all", "counted": "styregruppemøder"}, False),
        ({"kind": "done"}, False),
        ({"kind": "qualitative"}, False),
    ],
)
def test_only_a_threshold_marked_inferred_is_read_from_context(target: dict[str, object], inferred: bool) -> None:
    """One test for every place that asks (this rule, decisions-valid): `model.plan.is_inferred`."""
    criterion = validated(Criterion, {"id": "c", "text": "t", "target": target})
    assert is_inferred(criterion.target) is inferred
