from __future__ import annotations

from pathlib import Path

import pytest
from helpers import MANDATE, PLAN, by_rule, check_files

from tfi_rules.rules.criterion_measurable import stated_number

RULE = "criterion-measurable"
VISITS = "        target: {kind: at_least, value: 25, unit: count}\n        measured_by: count\n"  # /areas/2/criteria/0


def _check(tmp_path: Path, plan: str) -> list:
    return by_rule(check_files(tmp_path, {"plans/mandate.yaml": MANDATE, "plans/p.yaml": plan}), RULE)


def test_measured_criteria_pass(tmp_path: Path) -> None:
    assert _check(tmp_path, PLAN) == []


def test_a_criterion_without_a_method_warns(tmp_path: Path) -> None:
    [finding] = _check(tmp_path, PLAN.replace(VISITS, "        target: {kind: at_least, value: 25, unit: count}\n"))
    assert finding.severity.value == "warning" and finding.pointer == "/areas/2/criteria/0"
    assert "projektbesoeg does not say how it is measured" in finding.message


def test_measured_by_indicator_names_the_indicator(tmp_path: Path) -> None:
    plan = PLAN.replace(
        VISITS, "        target: {kind: at_least, value: 25, unit: count}\n        measured_by: indicator\n"
    )
    [finding] = _check(tmp_path, plan)
    assert finding.pointer == "/areas/2/criteria/0/measured_by" and "does not name which" in finding.message


def test_a_qualitative_criterion_stating_a_number_warns(tmp_path: Path) -> None:
    plan = PLAN.replace(VISITS, "        target: {kind: qualitative}\n")
    [finding] = _check(tmp_path, plan)
    assert finding.pointer == "/areas/2/criteria/0/target"
    assert 'projektbesoeg is qualitative, but its wording states a number ("mindst 25 projektbesøg")' in finding.message


def test_a_qualitative_criterion_with_only_a_year_passes(tmp_path: Path) -> None:
    plan = PLAN.replace("text: mindst 25 projektbesøg", "text: erfaringerne formidles i foråret 2008").replace(
        VISITS, "        target: {kind: qualitative}\n"
    )
    assert _check(tmp_path, plan) == []


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("medvirke til mindst 3 initiativer om dialog", "mindst 3 initiativer"),
        ("60 % af de relevante rekvirenter", "60 % af"),
        ("på mindst to landsdækkende konferencer", "mindst to landsdækkende"),
        ("Internationale Dage har minimum 30.000 besøgende.", "minimum 30.000 besøgende"),
        ("i 2. halvår 2007 efter BIU 201/2006, dato 25.06.07", None),
        ("styrke kommunikation og netværksdannelse", None),
    ],
)
def test_numbers_in_the_wording(text: str, phrase: str | None) -> None:
    assert stated_number(text) == phrase
