from __future__ import annotations

from pathlib import Path

from helpers import by_rule
from measurement_repo import check_measurements

RULE = "measurement-consistency"

REQUISITIONS = """\
  - id: rekvireringer
    text: TFI har haft 22 rekvireringer
    criterion: p/initiativer
    value: 22
    unit: count
    date: "2008"
    parts:
      - {label: Udsatte boligområder, value: 4}
      - {label: Tryghed, value: 6}
      - {label: Mangfoldigt KBH, value: 6}
      - {label: Vidensdeling i projekter, value: 6}
"""

SHARE = """\
  - id: tilfredshed
    text: 3 ud af 4 rekvirenter er tilfredse
    criterion: p/tilfredshed
    value: 75
    numerator: 3
    denominator: 4
    unit: percent
    date: "2008"
"""


def test_parts_that_add_up_and_an_exact_share_pass(tmp_path: Path) -> None:
    assert by_rule(check_measurements(tmp_path, REQUISITIONS + SHARE), RULE) == []


def test_parts_that_do_not_add_up_fail(tmp_path: Path) -> None:
    [finding] = by_rule(check_measurements(tmp_path, REQUISITIONS.replace("value: 22", "value: 21")), RULE)
    assert finding.pointer == "/measurements/0/value"
    assert "add up to 4 + 6 + 6 + 6 = 22, but its value is 21" in finding.message


def test_a_rounded_percentage_is_reported_as_not_exact(tmp_path: Path) -> None:
    body = (
        SHARE.replace("value: 75", "value: 97")
        .replace("numerator: 3", "numerator: 35")
        .replace("denominator: 4", "denominator: 36")
    )
    [finding] = by_rule(check_measurements(tmp_path, body), RULE)
    assert finding.pointer == "/measurements/0/value"
    assert "gives 97 %, but 35 of 36 is 97.2222… %" in finding.message and "compared exactly" in finding.message


def test_a_numerator_without_denominator_fails(tmp_path: Path) -> None:
    [finding] = by_rule(check_measurements(tmp_path, SHARE.replace("    denominator: 4\n", "")), RULE)
    assert finding.pointer == "/measurements/0/numerator" and "no denominator" in finding.message


def test_a_measurement_that_reports_nothing_fails(tmp_path: Path) -> None:
    body = '  - id: tom\n    text: intet\n    criterion: p/tilfredshed\n    date: "2008"\n'
    [finding] = by_rule(check_measurements(tmp_path, body), RULE)
    assert finding.pointer == "/measurements/0" and "reports nothing" in finding.message


def test_done_or_an_assessment_is_something_to_report(tmp_path: Path) -> None:
    body = (
        '  - {id: holdt, text: mødet er holdt, criterion: p/tilfredshed, done: true, date: "2008"}\n'
        '  - {id: vurderet, text: godt, criterion: p/tilfredshed, assessment: godt, date: "2008"}\n'
    )
    assert by_rule(check_measurements(tmp_path, body), RULE) == []
