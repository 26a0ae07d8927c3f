"""wording-number: a criterion's target numbers are among the numbers of its Danish wording."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from helpers import MANDATE, PLAN, by_rule, check_files
from hypothesis import given
from hypothesis import strategies as st

from tfi_rules.check.pipeline import check_paths
from tfi_rules.i18n import speaking
from tfi_rules.model.build import validated
from tfi_rules.numbers import format_number
from tfi_rules.rules.wording_number import wording_numbers

RULE = "wording-number"
REPO = Path(__file__).resolve().parents[2]
FIRST = "        text: mindst 5 initiativer\n        target: {kind: at_least, value: 5, unit: count, counted: initiativer}\n"


def _check(tmp_path: Path, criterion: str) -> list:
    """The findings of the rule when the plan's first criterion is `criterion` (text and target lines)."""
    assert FIRST in PLAN
    plan = PLAN.replace(FIRST, criterion, 1)
    return by_rule(check_files(tmp_path, {"plans/mandate.yaml": MANDATE, "plans/p.yaml": plan}), RULE)


def test_a_target_its_wording_states_passes(tmp_path: Path) -> None:
    assert _check(tmp_path, FIRST) == []


def test_a_lowered_target_whose_wording_keeps_the_old_number_fails(tmp_path: Path) -> None:
    criterion = (
        "        text: 60 foreninger deltager i Taste the World\n"
        "        target: {kind: at_least, value: 50, unit: count, inferred: true}\n"
    )
    [finding] = _check(tmp_path, criterion)
    assert finding.severity.value == "error"
    assert finding.pointer == "/areas/0/criteria/0/target/value"
    assert "is 50, but its wording states 60" in finding.message  # names both numbers
    assert "Taste the World" in finding.message


def test_a_wording_without_numbers_is_not_checked(tmp_path: Path) -> None:
    criterion = (
        "        text: foreningerne deltager\n"
        "        target: {kind: at_least, value: 50, unit: count, inferred: true}\n"
    )
    assert _check(tmp_path, criterion) == []


def test_a_wording_with_several_numbers_passes_when_the_target_is_among_them(tmp_path: Path) -> None:
    criterion = (
        "        text: 40 % af disse 60 foreninger medvirker i 2011\n"
        "        target: {kind: at_least, value: 40, unit: percent, inferred: true,\n"
        "                 population: {value: 60, text: disse 60 foreninger}}\n"
    )
    assert _check(tmp_path, criterion) == []
    wrong_group = criterion.replace("value: 60,", "value: 50,")
    [finding] = _check(tmp_path, wrong_group)
    assert finding.pointer.endswith("/target/population/value")


def test_a_change_checks_its_amount_baseline_and_end_level(tmp_path: Path) -> None:
    criterion = (
        "        text: andelen øges med ti procentpoint fra 54,40 pct. til 64,4 pct.\n"
        "        target: {kind: change, direction: increase, by: 10, mode: percentage_points, unit: percent,\n"
        '                 baseline: {value: 54.40, date: 2007, method: Barometeret, text: "54,40 pct."},\n'
        "                 end_level: 64.40}\n"
    )
    assert _check(tmp_path, criterion) == []
    findings = _check(tmp_path, criterion.replace("by: 10,", "by: 11,").replace("value: 54.40", "value: 53.40"))
    assert [finding.pointer.rsplit("/target", 1)[1] for finding in findings] == ["/by", "/baseline/value"]


@pytest.mark.parametrize(
    ("wording", "number"),
    [
        ("minimum 30.000 besøgende", "30000"),
        ("1.000.000 kr.", "1000000"),
        ("1,5 årsværk", "1.5"),
        ("75 pct. er tilfredse", "75"),
        ("80% oplever", "80"),
        ("½ årsværk", "0.5"),
        ("1½ årsværk", "1.5"),
        ("halvanden årsværk", "1.5"),
        ("øges med ti procentpoint", "10"),
        ("fem foreninger", "5"),
        ("Tyve møder", "20"),
        ("ét møde", "1"),
        ("2,5 mio. kr.", "2500000"),
    ],
)
def test_danish_numerals_and_number_words_are_read(wording: str, number: str) -> None:
    assert Decimal(number) in wording_numbers(wording)


@pytest.mark.parametrize("wording", ["et halvt år efter", "i 8. klasse", "tiden", "en forening"])
def test_what_is_not_the_number(wording: str) -> None:
    """The article "en"/"et" is not 1, "8." is an ordinal 8 (not 8000), a word containing "ti" is not ten."""
    numbers = wording_numbers(wording)
    assert Decimal(1) not in numbers and Decimal(10) not in numbers and Decimal(8000) not in numbers


@given(st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False))
def test_any_number_written_the_danish_way_is_read_back_exactly(number: Decimal) -> None:
    with speaking("da"):
        written = format_number(number, as_written=True)
    assert number in wording_numbers(f"mindst {written} kr."), written


def test_the_repositorys_plans_have_no_unwaived_finding() -> None:
    """Every disagreement in the plans is a seed's own (waived, citing it); no false alarm on the seeds."""
    result = check_paths([REPO / "plans"])
    findings = [finding for finding in result.findings if finding.rule == RULE]
    assert findings and all(finding.waived for finding in findings)


def test_a_baseline_without_words_of_its_own_is_not_held_to_the_wording(tmp_path: Path) -> None:
    """ "øges med 10 procentpoint" starts from a measurement the wording does not quote."""
    criterion = (
        "        text: andelen øges med 10 procentpoint\n"
        "        target: {kind: change, direction: increase, by: 10, mode: percentage_points, unit: percent,\n"
        "                 baseline: {value: 54.40, date: 2007, method: Barometeret}}\n"
    )
    assert _check(tmp_path, criterion) == []


def test_the_message_quotes_the_baseline_words_whose_number_it_names() -> None:
    """A number read from the baseline's own words is quoted with them, not as if the criterion's text said it."""
    from tfi_rules.model.plan import Criterion
    from tfi_rules.rules.wording_number import _quoted, wording_parts

    criterion = validated(
        Criterion,
        {
            "id": "c",
            "text": "Indvandrere/efterkommere skal som danskere have job på alle dele af arbejdsmarkedet",
            "target": {
                "kind": "change",
                "direction": "increase",
                "baseline": {"value": 31.70, "date": "2007-spring", "method": "barometer", "text": "31,70 pct."},
                "end_level": 58.90,
                "unit": "percent",
            },
        },
    )
    assert _quoted(wording_parts(criterion)) == (
        "Indvandrere/efterkommere skal som danskere have job på alle dele af arbejdsmarkedet / 31,70 pct."
    )
