"""`tfi check --new-since REV`: only what the change did fails; the standing findings are counted."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import jsonschema
import pytest
from helpers import MANDATE, PLAN, git, run_cli

from tfi_rules.check.result import CheckResult
from tfi_rules.check.standing import without_standing
from tfi_rules.findings import Finding, Severity

REPO = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

LOWERED = PLAN.replace("value: 25,", "value: 20,")  # the wording still says "mindst 25": a new finding
MOVED = LOWERED.replace("areas:\n", "# two lines added above,\n# so every finding moves down\nareas:\n", 1)


@pytest.fixture()
def repository(tmp_path: Path) -> Path:
    """Two commits: a plan with one standing finding (tilfredshed read as at least), then a target lowered
    without its wording, and two lines added above so that every line number moves."""
    assert LOWERED != PLAN and "mindst 25 projektbesøg" in LOWERED
    (tmp_path / "plans").mkdir()
    (tmp_path / "plans" / "mandate.yaml").write_text(MANDATE, encoding="utf-8")
    (tmp_path / "plans" / "p.yaml").write_text(PLAN, encoding="utf-8")
    git(tmp_path, "init", "-q")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-q", "-m", "the plan")
    (tmp_path / "plans" / "p.yaml").write_text(MOVED, encoding="utf-8")
    git(tmp_path, "commit", "-q", "-a", "-m", "fewer visits")
    return tmp_path


def test_without_new_since_every_finding_is_reported(repository: Path) -> None:
    code, out, _ = run_cli(["check", "--format", "json"], repository)
    rules = [finding["rule"] for finding in json.loads(out)["findings"]]
    assert code == 1 and sorted(rules) == ["criterion-inferred-threshold", "wording-number"]


def test_only_the_changes_finding_is_reported_and_the_standing_one_counted(repository: Path) -> None:
    code, out, _ = run_cli(["check", "--new-since", "HEAD~1"], repository)
    assert code == 1, out
    assert "[wording-number]" in out and "criterion-inferred-threshold" not in out  # it moved 2 lines, still standing
    assert out.splitlines()[-1].endswith(", 1 standing since HEAD~1")
    code, out, _ = run_cli(["check", "--new-since", "HEAD~1", "--format", "json"], repository)
    assert json.loads(out)["summary"]["standing"] == 1
    schema = json.loads((REPO / "schemas" / "check-result.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema).validate(json.loads(out))  # the documented shape


def test_a_fixed_change_passes_with_the_standing_finding_only(repository: Path) -> None:
    (repository / "plans" / "p.yaml").write_text(MOVED.replace("mindst 25", "mindst 20"), encoding="utf-8")
    code, out, _ = run_cli(["check", "--new-since", "HEAD~1"], repository)
    assert code == 0, out
    assert out.splitlines() == ["2 files checked, 0 errors, 0 warnings, 0 infos, 1 standing since HEAD~1"]


def test_a_file_new_since_rev_has_only_new_findings(repository: Path) -> None:
    (repository / "plans" / "q.yaml").write_text(PLAN.replace("id: p\n", "id: q\n", 1), encoding="utf-8")
    code, out, _ = run_cli(["check", "--new-since", "HEAD", "plans/q.yaml"], repository)
    assert "plans/q.yaml" in out and "[criterion-inferred-threshold]" in out and "0 standing" in out


def test_an_unknown_revision_is_a_usage_error(repository: Path) -> None:
    code, _, err = run_cli(["check", "--new-since", "no-such-branch"], repository)
    assert code == 2 and "no-such-branch: not a known git revision" in err and "Traceback" not in err


def test_outside_a_repository_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "plans").mkdir()
    (tmp_path / "plans" / "mandate.yaml").write_text(MANDATE, encoding="utf-8")
    code, _, err = run_cli(["check", "--new-since", "HEAD"], tmp_path)
    assert code == 2 and "is not in a git repository" in err


def _finding(rule: str, pointer: str, line: int, waiver_reason: str = "") -> Finding:
    return Finding("plans/p.yaml", line, 1, rule, Severity.ERROR, "m", pointer=pointer, waiver_reason=waiver_reason)


def test_matching_counts_and_a_deleted_waiver_brings_its_finding_back(tmp_path: Path) -> None:
    before = CheckResult(findings=[_finding("r", "/a", 3), _finding("s", "/b", 4, waiver_reason="the source says so")])
    now = CheckResult(findings=[_finding("r", "/a", 5), _finding("r", "/a", 6), _finding("s", "/b", 7)])
    result = without_standing(now, Path.cwd(), before, Path.cwd(), "main")
    assert [(finding.rule, finding.line) for finding in result.findings] == [("r", 6), ("s", 7)]
    assert result.standing == 1 and result.counts()["standing"] == 1
