from __future__ import annotations

from pathlib import Path

from helpers import MANDATE, PLAN, by_rule, check_files

INDICATORS = "indicators:\n  - {id: tfi-projektbesoeg, title: Projektbesøg, unit: count}\n"


def test_plans_with_ids_of_their_own_pass(tmp_path: Path) -> None:
    files = {
        "plans/mandate.yaml": MANDATE,
        "plans/p.yaml": PLAN + INDICATORS,
        "plans/q.yaml": PLAN.replace("id: p\n", "id: q\n"),
    }
    result = check_files(tmp_path, files)
    assert by_rule(result, "plan-id-unique") == [] and by_rule(result, "plan-id-filename") == []


def test_a_plan_id_used_by_another_file_fails_once(tmp_path: Path) -> None:
    files = {"plans/mandate.yaml": MANDATE, "plans/p.yaml": PLAN, "plans/q.yaml": PLAN}
    [finding] = by_rule(check_files(tmp_path, files), "plan-id-unique")
    assert finding.pointer == "/id" and finding.line == 2
    [other] = {"p.yaml", "q.yaml"} - {Path(finding.file).name}
    assert f"the plan id 'p' is already used by {tmp_path / 'plans' / other}" in finding.message


def test_an_indicator_declared_in_two_plans_fails(tmp_path: Path) -> None:
    second = PLAN.replace("id: p\n", "id: q\n") + INDICATORS
    files = {"plans/mandate.yaml": MANDATE, "plans/p.yaml": PLAN + INDICATORS, "plans/q.yaml": second}
    [finding] = by_rule(check_files(tmp_path, files), "plan-id-unique")
    assert finding.pointer == "/indicators/0/id"
    assert "the indicator 'tfi-projektbesoeg' is already declared in" in finding.message


def test_a_plan_id_other_than_the_file_name_warns(tmp_path: Path) -> None:
    files = {"plans/mandate.yaml": MANDATE, "plans/2007-h2.yaml": PLAN}
    [finding] = by_rule(check_files(tmp_path, files), "plan-id-filename")
    assert finding.severity.value == "warning" and finding.pointer == "/id"
    assert "the plan's id 'p' differs from its file name '2007-h2'" in finding.message
    assert 'write `id: "2007-h2"`' in finding.hint
