"""Standing findings are decided, not repeated: a decision recorded on a criterion (a reading confirmed
against the source; the source does not say how it is measured) silences its finding, and shows in
`tfi verdict --format json` and in the report."""

from __future__ import annotations

import json
from pathlib import Path

from helpers import MANDATE, PLAN, by_rule, check_files, run_cli, write_repo

READING = """\
        decisions:
          - {about: reading, by: Anna Jensen, on: 2026-11-30, note: "Bilag 1, side 2: læst som mindst"}
"""
MEASUREMENT = """\
        decisions:
          - {about: measurement, by: Anna Jensen, on: 2026-11-30}
"""
SURVEY = "        measured_by: survey\n"  # tilfredshed, the criterion read as at least 75 %


def _plan(decision: str, measured: bool = True) -> str:
    assert SURVEY in PLAN
    return PLAN.replace(SURVEY, (SURVEY if measured else "") + decision, 1)


def test_an_inferred_reading_is_noted_until_it_is_confirmed(tmp_path: Path) -> None:
    before = check_files(tmp_path / "a", {"plans/mandate.yaml": MANDATE, "plans/p.yaml": PLAN})
    assert len(by_rule(before, "criterion-inferred-threshold")) == 1
    after = check_files(tmp_path / "b", {"plans/mandate.yaml": MANDATE, "plans/p.yaml": _plan(READING)})
    assert by_rule(after, "criterion-inferred-threshold") == [] and after.findings == []


def test_a_method_the_source_does_not_give_is_decided_once(tmp_path: Path) -> None:
    files = {"plans/mandate.yaml": MANDATE, "plans/p.yaml": _plan("", measured=False)}
    assert [f.message for f in by_rule(check_files(tmp_path / "a", files), "criterion-measurable")] == [
        "tilfredshed does not say how it is measured"
    ]
    files["plans/p.yaml"] = _plan(MEASUREMENT, measured=False)
    assert by_rule(check_files(tmp_path / "b", files), "criterion-measurable") == []


def test_a_decision_about_the_other_question_does_not_silence_a_finding(tmp_path: Path) -> None:
    files = {"plans/mandate.yaml": MANDATE, "plans/p.yaml": _plan(MEASUREMENT)}
    assert len(by_rule(check_files(tmp_path, files), "criterion-inferred-threshold")) == 1


def test_a_decision_without_who_or_when_is_refused(tmp_path: Path) -> None:
    files = {
        "plans/mandate.yaml": MANDATE,
        "plans/p.yaml": _plan("        decisions:\n          - {about: reading, by: Anna Jensen}\n"),
    }
    [finding] = by_rule(check_files(tmp_path, files), "schema")
    assert "on" in finding.message and finding.pointer.startswith("/areas/1/criteria/0/decisions/0")


def test_the_decision_shows_in_the_verdict_and_the_report(tmp_path: Path) -> None:
    write_repo(tmp_path, {"plans/mandate.yaml": MANDATE, "plans/p.yaml": _plan(READING)})
    code, out, err = run_cli(["verdict", "--format", "json"], tmp_path)
    assert code == 0, err
    rows = {row["criterion"]: row for row in json.loads(out)}
    assert rows["tilfredshed"]["decisions"] == [
        {"about": "reading", "by": "Anna Jensen", "on": "2026-11-30", "note": "Bilag 1, side 2: læst som mindst"}
    ]
    assert rows["initiativer"]["decisions"] == []
    code, _, err = run_cli(["report", "-o", "page.html", "--lang", "da"], tmp_path)
    assert code == 0, err
    page = (tmp_path / "page.html").read_text(encoding="utf-8")
    assert "Læsningen er bekræftet mod kilden af Anna Jensen den 2026-11-30: Bilag 1, side 2: læst som mindst" in page


def test_the_repositorys_own_check_prints_no_method_the_seeds_do_not_give() -> None:
    """Seed 001 says nothing of how any 2011 criterion is measured: decided in the plan, not repeated."""
    root = Path(__file__).resolve().parents[2]
    code, out, _ = run_cli(["check", "plans/2011.yaml"], root)
    assert code == 0 and "does not say how it is measured" not in out


AREA_DECISION = """\
    decisions:
      - {about: criteria, by: Anna Jensen, on: 2026-11-30, note: "Afsnit 2 giver ingen succeskriterier"}
"""


def _without_criteria(decision: str) -> str:
    """The helpers' plan with a fourth area, funded from elsewhere, that has no criteria."""
    area = (
        "  - id: oevrige\n    title: Øvrige leverancer\n    årsværk: 0.5\n    funding: {source: other, reference: x}\n"
    )
    return PLAN + area + decision


def test_an_area_the_source_gives_no_criteria_is_decided_once_and_shown_in_the_report(tmp_path: Path) -> None:
    files = {"plans/mandate.yaml": MANDATE, "plans/p.yaml": _without_criteria("")}
    assert [f.pointer for f in by_rule(check_files(tmp_path / "a", files), "area-without-criteria")] == ["/areas/3"]
    files["plans/p.yaml"] = _without_criteria(AREA_DECISION)
    assert by_rule(check_files(tmp_path / "b", files), "area-without-criteria") == []
    write_repo(tmp_path / "c", files)
    code, _, err = run_cli(["report", "-o", "page.html", "--lang", "da"], tmp_path / "c")
    assert code == 0, err
    page = (tmp_path / "c" / "page.html").read_text(encoding="utf-8")
    assert (
        "Kilden giver ingen succeskriterier (besluttet af Anna Jensen den 2026-11-30): "
        "Afsnit 2 giver ingen succeskriterier" in page
    )


def test_a_decision_about_an_area_cannot_be_put_on_a_criterion(tmp_path: Path) -> None:
    files = {
        "plans/mandate.yaml": MANDATE,
        "plans/p.yaml": _plan("        decisions:\n          - {about: criteria, by: Anna Jensen, on: 2026-11-30}\n"),
    }
    [finding] = by_rule(check_files(tmp_path, files), "schema")
    assert finding.pointer.startswith("/areas/1/criteria/0/decisions/0")


def test_the_repositorys_own_check_prints_no_area_the_seeds_give_no_criteria() -> None:
    root = Path(__file__).resolve().parents[2]
    code, out, _ = run_cli(["check"], root)
    assert code == 0 and "area-without-criteria" not in out


def test_the_repositorys_own_check_prints_only_what_someone_should_act_on() -> None:
    """Issue 15 item 4: every inferred "at least" and every method the seeds do not give is decided in the plans
    after reading the seed (the decision quotes it), so the repository's check has no warning and no info left;
    what stays is the waived errors, each with its reason, and the one info that names a rounding of the
    source's own printed figures (issue 14 item 5: seed 004's 2.14 Integrationsrådet, 0,2 + 0,2 printed with
    "I alt" 0,3), which tells the reader why no error is raised there and asks nothing of anyone."""
    import json

    root = Path(__file__).resolve().parents[2]
    code, out, _ = run_cli(["check", "--format", "json"], root)
    result = json.loads(out)
    assert code == 0
    standing = [finding for finding in result["findings"] if not finding["waived"]]
    assert [(finding["rule"], finding["severity"]) for finding in standing] == [("budget-rounding", "info")]
    assert "2.14 Integrationsrådet" in standing[0]["message"]
    assert result["summary"]["warning"] == 0 and result["summary"]["info"] == 1
    code, out, _ = run_cli(["verdict", "--format", "json"], root)
    rows = {f"{row['plan']}/{row['criterion']}": row for row in json.loads(out)}
    [decision] = rows["integrationspolitik-2009/helbredsteam-afklaringsforloeb"]["decisions"]
    assert decision["about"] == "reading" and "Målet for 2009 er 100 gennemførte afklaringsforløb" in decision["note"]
