from __future__ import annotations

from datetime import date
from pathlib import Path

from helpers import MANDATE, PLAN, by_rule, check_files
from measurement_repo import check_measurements

RULE = "waiver-valid"

UNBALANCED = PLAN.replace("årsværk: 1\n", "årsværk: 1.5\n")  # 1.5 + 1.5 + 1.5 = 4.5


def _waiver(rule: str = "capacity-balance", applies_to: str = "/areas", expires: str = "") -> str:
    extra = f"\n    expires: {expires}" if expires else ""
    return (
        f"waivers:\n  - rule: {rule}\n    applies_to: {applies_to}\n"
        f"    reason: BIU 25.06.2007 godkendte 4,5 årsværk\n    approved_by: TFI-koordinator{extra}\n"
    )


def _check(tmp_path: Path, waivers: str, today: date | None = None) -> list:
    files = {"plans/mandate.yaml": MANDATE, "plans/p.yaml": UNBALANCED + waivers}
    return by_rule(check_files(tmp_path, files, today=today), RULE)


def test_a_waiver_of_a_real_rule_for_a_real_place_passes(tmp_path: Path) -> None:
    assert _check(tmp_path, _waiver(expires="2030-12-31")) == []


def test_ids_pointers_and_the_whole_file_are_valid_places(tmp_path: Path) -> None:
    waivers = _waiver(applies_to="forvaltninger") + _waiver(applies_to='""')[len("waivers:\n") :]
    waivers += _waiver(applies_to="tilfredshed")[len("waivers:\n") :]
    assert _check(tmp_path, waivers) == []


def test_an_unknown_rule_fails_with_a_suggestion(tmp_path: Path) -> None:
    [finding] = _check(tmp_path, _waiver(rule="capacity-balanse"))
    assert finding.pointer == "/waivers/0/rule"
    assert "'capacity-balanse', which does not exist; did you mean 'capacity-balance'?" in finding.message


def test_an_id_that_is_not_in_the_file_fails_with_a_suggestion(tmp_path: Path) -> None:
    [finding] = _check(tmp_path, _waiver(applies_to="tilfredhed"))
    assert finding.pointer == "/waivers/0/applies_to"
    assert "'tilfredhed', which names nothing in this file; did you mean 'tilfredshed'?" in finding.message


def test_a_pointer_that_leads_nowhere_fails(tmp_path: Path) -> None:
    [finding] = _check(tmp_path, _waiver(applies_to="/areas/7"))
    assert finding.pointer == "/waivers/0/applies_to" and "names nothing" in finding.message


def test_an_expired_waiver_fails_against_the_checks_today(tmp_path: Path) -> None:
    waiver = _waiver(expires="2008-12-31")
    [finding] = _check(tmp_path, waiver, today=date(2009, 1, 1))
    assert finding.pointer == "/waivers/0/expires" and "expired on 2008-12-31" in finding.message
    assert _check(tmp_path, waiver, today=date(2008, 12, 31)) == []


def test_waivers_in_measurement_files_are_checked_too(tmp_path: Path) -> None:
    body = (
        '  - {id: tfi-2008-besoeg, text: besøg, indicator: tfi-projektbesoeg, value: 1, unit: count, date: "2008"}\n'
        "waivers:\n  - {rule: measurement-unit, applies_to: tfi-2008-besog, reason: r, approved_by: x}\n"
    )
    [finding] = by_rule(check_measurements(tmp_path, body), RULE)
    assert finding.file.endswith("m1.yaml") and "did you mean 'tfi-2008-besoeg'?" in finding.message


def test_a_verdict_waiver_names_a_rule_that_exists(tmp_path: Path) -> None:
    """`rule: verdict` waives a criterion's verdict (tfi verdict): neither invalid nor unused in tfi check."""
    waivers = _waiver(expires="2030-12-31") + _waiver(rule="verdict", applies_to="tilfredshed")[len("waivers:\n") :]
    files = {"plans/mandate.yaml": MANDATE, "plans/p.yaml": UNBALANCED + waivers}
    result = check_files(tmp_path, files)
    assert by_rule(result, RULE) == [] and by_rule(result, "waiver-unused") == []
    [finding] = _check(tmp_path, _waiver(rule="verdict", applies_to="tilfredhed"))  # still a real place
    assert finding.pointer == "/waivers/0/applies_to"
