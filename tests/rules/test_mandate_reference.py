from __future__ import annotations

from pathlib import Path

from helpers import MANDATE, PLAN, by_rule, check_files

RULE = "mandate-reference"
AREA_OF_ONE = "    årsværk: 1\n"  # the area "forvaltninger" (/areas/1)


def _check(tmp_path: Path, plan: str) -> list:
    return by_rule(check_files(tmp_path, {"plans/mandate.yaml": MANDATE, "plans/p.yaml": plan}), RULE)


def test_a_known_mandate_and_complete_areas_pass(tmp_path: Path) -> None:
    funded = PLAN.replace(
        AREA_OF_ONE, AREA_OF_ONE + "    funding: {source: other, reference: BIU 19.06.2008 pkt. 12}\n"
    )
    assert _check(tmp_path, funded) == []


def test_an_unknown_mandate_fails_with_a_suggestion(tmp_path: Path) -> None:
    [finding] = _check(tmp_path, PLAN.replace("mandate: biu-201-2006", "mandate: biu-201-2007"))
    assert finding.pointer == "/mandate" and finding.line == 5
    assert "'biu-201-2007', which does not exist; did you mean 'biu-201-2006'?" in finding.message


def test_an_unknown_mandate_without_mandate_files(tmp_path: Path) -> None:
    result = check_files(tmp_path, {"plans/p.yaml": PLAN})
    [finding] = by_rule(result, RULE)
    assert "(no mandate file was found)" in finding.message


def test_a_core_area_without_arsvaerk_fails(tmp_path: Path) -> None:
    [finding] = _check(tmp_path, PLAN.replace(AREA_OF_ONE, ""))
    assert finding.pointer == "/areas/1"
    assert "'forvaltninger' is paid from the mandate's capacity but states no `årsværk`" in finding.message


def test_an_area_paid_from_elsewhere_names_what_pays(tmp_path: Path) -> None:
    [finding] = _check(tmp_path, PLAN.replace(AREA_OF_ONE, AREA_OF_ONE + "    funding: {source: other}\n"))
    assert finding.pointer == "/areas/1/funding"
    assert "paid from elsewhere but does not say by what" in finding.message
