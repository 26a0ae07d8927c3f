from __future__ import annotations

from pathlib import Path

from helpers import by_rule
from measurement_repo import check_measurements

RULE = "measurement-id-unique"


def _item(measurement_id: str) -> str:
    return (
        f"  - {{id: {measurement_id}, text: besøg, indicator: tfi-projektbesoeg, value: 1, unit: count, "
        'date: "2008"}\n'
    )


def test_distinct_ids_across_files_pass(tmp_path: Path) -> None:
    result = check_measurements(tmp_path, _item("a") + _item("b"), _item("c"))
    assert by_rule(result, RULE) == []


def test_an_id_twice_in_one_file_fails_at_the_second(tmp_path: Path) -> None:
    [finding] = by_rule(check_measurements(tmp_path, _item("a") + _item("b") + _item("a")), RULE)
    assert finding.pointer == "/measurements/2/id" and finding.line == 8
    assert "'a' is used twice in this file (first at measurement 1)" in finding.message


def test_an_id_used_in_an_earlier_file_fails_in_the_later_one(tmp_path: Path) -> None:
    [finding] = by_rule(check_measurements(tmp_path, _item("a"), _item("b") + _item("a")), RULE)
    assert finding.file.endswith("m2.yaml") and finding.pointer == "/measurements/1/id"
    assert "already used in" in finding.message and "m1.yaml" in finding.message
