"""Output formats of `tfi check`: exact output of each reporter, then each read by a real consumer.

One fixed result is rendered in every format: two plans with findings (an
error, a warning, an info and a waived error), a measurements file that could
not be read (a finding without a line), and a clean mandate.
"""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner
from helpers import MANDATE, PLAN, write_repo
from junitparser import Failure, JUnitXml

import cli
from tfi_rules import __version__
from tfi_rules.check.result import CheckResult
from tfi_rules.findings import Finding, Severity
from tfi_rules.output import REPORTER_BY_NAME, choose_format, reporter
from tfi_rules.output.github import escape_data, escape_property
from tfi_rules.output.sarif import BUILT_IN_HELP, INFORMATION_URI, file_uri
from tfi_rules.rules import RULES

REPO = Path(__file__).resolve().parents[2]
CHECK_RESULT_SCHEMA = REPO / "schemas" / "check-result.schema.json"
SARIF_SCHEMA = Path(__file__).parents[1] / "data" / "sarif-schema-2.1.0.json"

WAIVER = "Seed 003 allocates 5 årsværk; kept as the committee paper states it."


def fixed_result() -> CheckResult:
    return CheckResult(
        files=["measurements/tfi-2008.yaml", "plans/2009.yaml", "plans/2011.yaml", "plans/mandate.yaml"],
        findings=[
            Finding(
                "plans/2011.yaml",
                214,
                14,
                "schema",
                Severity.ERROR,
                "expected a number, found the text '1,5'",
                "write 1.5 (a decimal point, not a comma)",
                "/areas/1/årsværk",
            ),
            Finding(
                "plans/2011.yaml",
                96,
                5,
                "area-without-criteria",
                Severity.WARNING,
                "helhedsplaner has no success criteria",
                "add `criteria:` with at least one criterion",
                "/areas/2",
            ),
            Finding(
                "plans/2011.yaml",
                40,
                21,
                "criterion-inferred-threshold",
                Severity.INFO,
                'tilfredshed is read as at least 75 %; the wording has no "mindst"/"højst"',
                "confirm the reading against the source",
                "/areas/0/criteria/1/target",
            ),
            Finding(
                "plans/2009.yaml",
                31,
                3,
                "capacity-balance",
                Severity.ERROR,
                "the core årsværk add up to 5, the mandate gives 4",
                "move 1 årsværk to another funding",
                "/areas",
                waiver_reason=WAIVER,
            ),
            Finding(
                "measurements/tfi-2008.yaml",
                0,
                0,
                "file-unreadable",
                Severity.ERROR,
                "cannot read the file: permission denied",
                "make the file readable",
            ),
        ],
    )


def render(name: str, hints: bool = True, fail_on: Severity = Severity.ERROR) -> str:
    return reporter(name, hints=hints, fail_on=fail_on).render(fixed_result())


# The registry -------------------------------------------------------------------------------------


def test_every_format_is_one_class_registered_under_its_name() -> None:
    assert list(REPORTER_BY_NAME) == ["text", "json", "github", "junit", "sarif", "markdown"]
    for name, reporter_class in REPORTER_BY_NAME.items():
        assert reporter_class.name == name


@pytest.mark.parametrize(
    ("name", "environ", "chosen"),
    [
        ("auto", {"GITHUB_ACTIONS": "true"}, "github"),
        ("auto", {"GITHUB_ACTIONS": "false"}, "text"),
        ("auto", {}, "text"),
        ("json", {"GITHUB_ACTIONS": "true"}, "json"),
    ],
)
def test_auto_is_github_inside_github_actions_only(name: str, environ: dict[str, str], chosen: str) -> None:
    assert choose_format(name, environ) == chosen


# Exact output -------------------------------------------------------------------------------------

TEXT = """\
measurements/tfi-2008.yaml: error [file-unreadable] cannot read the file: permission denied
    hint: make the file readable
plans/2009.yaml:31:3: error [capacity-balance] the core årsværk add up to 5, the mandate gives 4 (waived: Seed 003 allocates 5 årsværk; kept as the committee paper states it.)
plans/2011.yaml:40:21: info [criterion-inferred-threshold] tilfredshed is read as at least 75 %; the wording has no "mindst"/"højst"
    hint: confirm the reading against the source
plans/2011.yaml:96:5: warning [area-without-criteria] helhedsplaner has no success criteria
    hint: add `criteria:` with at least one criterion
plans/2011.yaml:214:14: error [schema] expected a number, found the text '1,5'
    hint: write 1.5 (a decimal point, not a comma)
4 files checked, 2 errors, 1 warning, 1 info, 1 waived (1 error)
"""


def test_text() -> None:
    assert render("text") == TEXT


GITHUB = """\
::error file=measurements/tfi-2008.yaml,title=[file-unreadable]::cannot read the file: permission denied%0Ahint: make the file readable
::notice file=plans/2009.yaml,line=31,col=3,title=[capacity-balance]::the core årsværk add up to 5, the mandate gives 4 (waived: Seed 003 allocates 5 årsværk; kept as the committee paper states it.)
::notice file=plans/2011.yaml,line=40,col=21,title=[criterion-inferred-threshold]::tilfredshed is read as at least 75 %25; the wording has no "mindst"/"højst"%0Ahint: confirm the reading against the source
::warning file=plans/2011.yaml,line=96,col=5,title=[area-without-criteria]::helhedsplaner has no success criteria%0Ahint: add `criteria:` with at least one criterion
::error file=plans/2011.yaml,line=214,col=14,title=[schema]::expected a number, found the text '1,5'%0Ahint: write 1.5 (a decimal point, not a comma)
4 files checked, 2 errors, 1 warning, 1 info, 1 waived (1 error)
"""


def test_github() -> None:
    assert render("github") == GITHUB


def test_github_without_hints() -> None:
    first = render("github", hints=False).splitlines()[0]
    assert (
        first
        == "::error file=measurements/tfi-2008.yaml,title=[file-unreadable]::cannot read the file: permission denied"
    )


def test_github_escapes_as_the_runner_reads_back() -> None:
    assert escape_data("50% done\r\nnext: a, b") == "50%25 done%0D%0Anext: a, b"
    assert escape_property("plans/a,b:c%.yaml") == "plans/a%2Cb%3Ac%25.yaml"
    finding = Finding("plans/a,b:c.yaml", 2, 1, "schema", Severity.ERROR, "one\ntwo", "")
    command = reporter("github").render(CheckResult(["plans/a,b:c.yaml"], [finding])).splitlines()[0]
    assert command == "::error file=plans/a%2Cb%3Ac.yaml,line=2,col=1,title=[schema]::one%0Atwo"


NASTY = ["100 % sure", "a:b,c", "line\r\nbreak", "%0A is not a newline", "::error::injected", "æ,ø:å"]


@pytest.mark.parametrize("text", NASTY)
def test_github_commands_read_back_to_what_was_meant(text: str) -> None:
    """Parse each command as the Actions runner does: properties split at ',' and '=', then unescaped."""
    finding = Finding(f"plans/{text}.yaml", 3, 4, "schema", Severity.WARNING, text, "")
    [command, _summary] = reporter("github").render(CheckResult([finding.file], [finding])).splitlines()
    assert command.startswith("::warning ")
    head, _, data = command[len("::warning ") :].partition("::")
    properties = dict(part.split("=", 1) for part in head.split(","))
    assert _unescape(properties["file"], prop=True) == finding.file
    assert properties["line"] == "3" and properties["col"] == "4" and properties["title"] == "[schema]"
    assert _unescape(data) == text


def _unescape(text: str, prop: bool = False) -> str:
    pairs = [("%0D", "\r"), ("%0A", "\n")] + ([("%3A", ":"), ("%2C", ",")] if prop else []) + [("%25", "%")]
    for escaped, plain in pairs:
        text = text.replace(escaped, plain)
    return text


JSON = """\
{
  "version": 1,
  "tool": "tfi",
  "tool_version": "VERSION",
  "files": [
    "measurements/tfi-2008.yaml",
    "plans/2009.yaml",
    "plans/2011.yaml",
    "plans/mandate.yaml"
  ],
  "findings": [
    {
      "file": "measurements/tfi-2008.yaml",
      "line": 0,
      "column": 0,
      "pointer": "",
      "rule": "file-unreadable",
      "severity": "error",
      "message": "cannot read the file: permission denied",
      "hint": "make the file readable",
      "waived": false,
      "waiver_reason": null
    },
    {
      "file": "plans/2009.yaml",
      "line": 31,
      "column": 3,
      "pointer": "/areas",
      "rule": "capacity-balance",
      "severity": "error",
      "message": "the core årsværk add up to 5, the mandate gives 4",
      "hint": "move 1 årsværk to another funding",
      "waived": true,
      "waiver_reason": "Seed 003 allocates 5 årsværk; kept as the committee paper states it."
    },
    {
      "file": "plans/2011.yaml",
      "line": 40,
      "column": 21,
      "pointer": "/areas/0/criteria/1/target",
      "rule": "criterion-inferred-threshold",
      "severity": "info",
      "message": "tilfredshed is read as at least 75 %; the wording has no \\"mindst\\"/\\"højst\\"",
      "hint": "confirm the reading against the source",
      "waived": false,
      "waiver_reason": null
    },
    {
      "file": "plans/2011.yaml",
      "line": 96,
      "column": 5,
      "pointer": "/areas/2",
      "rule": "area-without-criteria",
      "severity": "warning",
      "message": "helhedsplaner has no success criteria",
      "hint": "add `criteria:` with at least one criterion",
      "waived": false,
      "waiver_reason": null
    },
    {
      "file": "plans/2011.yaml",
      "line": 214,
      "column": 14,
      "pointer": "/areas/1/årsværk",
      "rule": "schema",
      "severity": "error",
      "message": "expected a number, found the text '1,5'",
      "hint": "write 1.5 (a decimal point, not a comma)",
      "waived": false,
      "waiver_reason": null
    }
  ],
  "max_findings_per_file": 0,
  "unlisted": [],
  "summary": {
    "files": 4,
    "error": 2,
    "warning": 1,
    "info": 1,
    "waived": 1,
    "waived_error": 1,
    "unlisted": 0,
    "failed": true
  }
}
"""


def test_json() -> None:
    assert render("json") == JSON.replace("VERSION", __version__)


def test_json_failed_follows_fail_on() -> None:
    clean = CheckResult(["plans/p.yaml"], [Finding("plans/p.yaml", 1, 1, "x", Severity.WARNING, "m")])
    assert json.loads(reporter("json").render(clean))["summary"]["failed"] is False
    assert json.loads(reporter("json", fail_on=Severity.WARNING).render(clean))["summary"]["failed"] is True


JUNIT = """\
<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="tfi check" tests="4" failures="2" errors="0">
  <testsuite name="tfi check" tests="4" failures="2" errors="0" skipped="0">
    <testcase classname="tfi" name="measurements/tfi-2008.yaml">
      <failure message="cannot read the file: permission denied" type="file-unreadable">measurements/tfi-2008.yaml: error [file-unreadable] cannot read the file: permission denied
hint: make the file readable</failure>
    </testcase>
    <testcase classname="tfi" name="plans/2009.yaml">
      <system-out>plans/2009.yaml:31:3: error [capacity-balance] the core årsværk add up to 5, the mandate gives 4 (waived: Seed 003 allocates 5 årsværk; kept as the committee paper states it.)</system-out>
    </testcase>
    <testcase classname="tfi" name="plans/2011.yaml">
      <failure message="expected a number, found the text '1,5'" type="schema">plans/2011.yaml:214:14: error [schema] expected a number, found the text '1,5'
hint: write 1.5 (a decimal point, not a comma)</failure>
      <system-out>plans/2011.yaml:40:21: info [criterion-inferred-threshold] tilfredshed is read as at least 75 %; the wording has no "mindst"/"højst"
hint: confirm the reading against the source
plans/2011.yaml:96:5: warning [area-without-criteria] helhedsplaner has no success criteria
hint: add `criteria:` with at least one criterion</system-out>
    </testcase>
    <testcase classname="tfi" name="plans/mandate.yaml" />
  </testsuite>
</testsuites>
"""


def test_junit() -> None:
    assert render("junit") == JUNIT


def test_sarif() -> None:
    log = json.loads(render("sarif"))
    built_in = "tfi reads every file as YAML and checks its kind and schema before any rule runs."

    def documented(rule_id: str, name: str, level: str) -> dict[str, object]:
        doc = (RULES[rule_id].__doc__ or "").strip()
        return {
            "id": rule_id,
            "name": name,
            "shortDescription": {"text": doc.splitlines()[0]},
            "fullDescription": {"text": doc, "markdown": doc},
            "help": {"text": doc, "markdown": doc},
            "defaultConfiguration": {"level": level},
        }

    def at(uri: str, line: int = 0, column: int = 0) -> list[dict[str, object]]:
        physical: dict[str, object] = {"artifactLocation": {"uri": uri}}
        if line:
            physical["region"] = {"startLine": line, "startColumn": column}
        return [{"physicalLocation": physical}]

    assert log == {
        "$schema": "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json",
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "tfi",
                        "version": __version__,
                        "informationUri": INFORMATION_URI,
                        "rules": [
                            documented("capacity-balance", "CapacityBalance", "error"),
                            documented("area-without-criteria", "AreaWithoutCriteria", "warning"),
                            documented("criterion-inferred-threshold", "CriterionInferredThreshold", "note"),
                            {
                                "id": "file-unreadable",
                                "name": "FileUnreadable",
                                "shortDescription": {"text": built_in},
                                "fullDescription": {"text": BUILT_IN_HELP["file"]},
                                "help": {"text": BUILT_IN_HELP["file"], "markdown": BUILT_IN_HELP["file"]},
                                "defaultConfiguration": {"level": "error"},
                            },
                            {
                                "id": "schema",
                                "name": "FollowsItsSchema",
                                "shortDescription": {"text": built_in},
                                "fullDescription": {"text": BUILT_IN_HELP["schema"]},
                                "help": {"text": BUILT_IN_HELP["schema"], "markdown": BUILT_IN_HELP["schema"]},
                                "defaultConfiguration": {"level": "error"},
                            },
                        ],
                    }
                },
                "columnKind": "unicodeCodePoints",
                "results": [
                    {
                        "ruleId": "file-unreadable",
                        "ruleIndex": 3,
                        "level": "error",
                        "message": {"text": "cannot read the file: permission denied\nhint: make the file readable"},
                        "locations": at("measurements/tfi-2008.yaml"),
                    },
                    {
                        "ruleId": "capacity-balance",
                        "ruleIndex": 0,
                        "level": "error",
                        "message": {"text": "the core årsværk add up to 5, the mandate gives 4"},
                        "locations": at("plans/2009.yaml", 31, 3),
                        "suppressions": [{"kind": "external", "justification": WAIVER}],
                    },
                    {
                        "ruleId": "criterion-inferred-threshold",
                        "ruleIndex": 2,
                        "level": "note",
                        "message": {
                            "text": 'tilfredshed is read as at least 75 %; the wording has no "mindst"/"højst"\n'
                            "hint: confirm the reading against the source"
                        },
                        "locations": at("plans/2011.yaml", 40, 21),
                    },
                    {
                        "ruleId": "area-without-criteria",
                        "ruleIndex": 1,
                        "level": "warning",
                        "message": {
                            "text": "helhedsplaner has no success criteria\n"
                            "hint: add `criteria:` with at least one criterion"
                        },
                        "locations": at("plans/2011.yaml", 96, 5),
                    },
                    {
                        "ruleId": "schema",
                        "ruleIndex": 4,
                        "level": "error",
                        "message": {
                            "text": "expected a number, found the text '1,5'\n"
                            "hint: write 1.5 (a decimal point, not a comma)"
                        },
                        "locations": at("plans/2011.yaml", 214, 14),
                    },
                ],
            }
        ],
    }
    assert render("sarif") == json.dumps(log, ensure_ascii=False, indent=2) + "\n"


def test_sarif_uris_are_relative_with_forward_slashes(tmp_path: Path) -> None:
    assert file_uri(str(tmp_path / "plans" / "2011 ny.yaml"), tmp_path) == "plans/2011%20ny.yaml"
    assert file_uri("plans/årsplan.yaml", Path.cwd()) == "plans/%C3%A5rsplan.yaml"
    assert file_uri("/elsewhere/p.yaml", tmp_path) == "file:///elsewhere/p.yaml"


# Real consumers -----------------------------------------------------------------------------------


def test_json_validates_against_its_published_schema() -> None:
    schema = json.loads(CHECK_RESULT_SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    for fail_on in Severity:
        validator.validate(json.loads(render("json", fail_on=fail_on)))
    validator.validate(json.loads(reporter("json").render(CheckResult())))


def test_every_property_of_the_json_schema_is_described() -> None:
    schema = json.loads(CHECK_RESULT_SCHEMA.read_text(encoding="utf-8"))

    def undescribed(node: object, where: str) -> list[str]:
        """Properties without a description, in `node` and in the objects it holds."""
        if not isinstance(node, dict):
            return []
        missing = []
        for name, child in node.get("properties", {}).items():
            missing += [] if "description" in child else [f"{where}/{name}"]
            missing += undescribed(child, f"{where}/{name}")
        for name, child in node.get("$defs", {}).items():
            missing += [] if "description" in child else [f"{where}/$defs/{name}"]
            missing += undescribed(child, f"{where}/$defs/{name}")
        return missing + undescribed(node.get("items"), f"{where}/items")

    assert undescribed(schema, "") == []


def test_sarif_validates_against_the_official_schema() -> None:
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    validator = jsonschema.Draft4Validator(schema)
    for hints in (True, False):
        validator.validate(json.loads(render("sarif", hints=hints)))
    validator.validate(json.loads(reporter("sarif").render(CheckResult())))


def test_junit_is_read_by_a_junit_parser() -> None:
    for fail_on, failing in [(Severity.ERROR, 2), (Severity.WARNING, 3), (Severity.INFO, 4)]:
        xml = JUnitXml.fromstring(render("junit", fail_on=fail_on))
        [suite] = list(xml)
        assert suite.name == "tfi check"
        cases = {case.name: case for case in suite}
        assert list(cases) == fixed_result().files
        assert {case.classname for case in suite} == {"tfi"}
        assert cases["plans/mandate.yaml"].is_passed and cases["plans/2009.yaml"].is_passed  # clean; waived
        failures = [
            (name, result.type, result.message)
            for name, case in cases.items()
            for result in case.result
            if isinstance(result, Failure)
        ]
        assert len(failures) == failing
        assert ("plans/2011.yaml", "schema", "expected a number, found the text '1,5'") in failures
        stated = (suite.tests, suite.failures, suite.errors, suite.skipped)
        suite.update_statistics()  # the parser's own count agrees with the attributes written
        assert (suite.tests, suite.failures, suite.errors, suite.skipped) == stated


def test_junit_keeps_characters_xml_cannot_hold_out() -> None:
    finding = Finding("plans/p.yaml", 1, 1, "yaml-syntax", Severity.ERROR, "bad \x01 byte & <tag>")
    xml = JUnitXml.fromstring(reporter("junit").render(CheckResult(["plans/p.yaml"], [finding])))
    [case] = list(next(iter(xml)))
    assert [result.message for result in case.result] == ["bad \ufffd byte & <tag>"]


# End to end ---------------------------------------------------------------------------------------


@pytest.fixture()
def unbalanced_repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    write_repo(
        tmp_path,
        {"plans/mandate.yaml": MANDATE, "plans/p.yaml": PLAN.replace("    årsværk: 1\n", "    årsværk: 2\n", 1)},
    )
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_check_format_json_end_to_end(unbalanced_repo: Path) -> None:
    result = CliRunner().invoke(cli.main, ["check", "--format", "json"], env={"GITHUB_ACTIONS": "true"})
    assert result.exit_code == cli.EXIT_FINDINGS, result.output
    data = json.loads(result.stdout)
    jsonschema.validate(data, json.loads(CHECK_RESULT_SCHEMA.read_text(encoding="utf-8")))
    assert sorted(data["files"]) == [str(Path("plans/mandate.yaml")), str(Path("plans/p.yaml"))]
    [balance] = [finding for finding in data["findings"] if finding["rule"] == "capacity-balance"]
    assert balance["file"] == str(Path("plans/p.yaml")) and balance["severity"] == "error"
    assert balance["line"] > 0 and not balance["waived"]
    assert data["summary"]["failed"] is True


def test_check_format_auto_inside_github_actions(unbalanced_repo: Path) -> None:
    result = CliRunner().invoke(cli.main, ["check"], env={"GITHUB_ACTIONS": "true"})
    assert result.exit_code == cli.EXIT_FINDINGS
    assert any(
        line.startswith("::error file=plans/p.yaml,line=") and "title=[capacity-balance]" in line
        for line in result.stdout.splitlines()
    )


def test_check_output_writes_the_report_and_prints_the_summary(unbalanced_repo: Path) -> None:
    result = CliRunner().invoke(
        cli.main, ["check", "--format", "sarif", "--output", "tfi.sarif"], env={"GITHUB_ACTIONS": None}
    )
    assert result.exit_code == cli.EXIT_FINDINGS
    [line] = result.stdout.splitlines()
    assert line.startswith("2 files checked, 1 error")
    log = json.loads((unbalanced_repo / "tfi.sarif").read_text(encoding="utf-8"))
    jsonschema.Draft4Validator(json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))).validate(log)
    assert [
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        for r in log["runs"][0]["results"]
        if r["ruleId"] == "capacity-balance"
    ] == ["plans/p.yaml"]


def test_check_output_into_a_missing_folder_is_a_usage_error(unbalanced_repo: Path) -> None:
    result = CliRunner().invoke(cli.main, ["check", "--format", "json", "--output", "nowhere/out.json"])
    assert result.exit_code == cli.EXIT_USAGE
    assert "nowhere/out.json: cannot write the report" in result.stderr


@pytest.mark.parametrize("name", list(REPORTER_BY_NAME))
def test_every_format_keeps_the_exit_codes(name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_repo(tmp_path, {"plans/mandate.yaml": MANDATE, "plans/p.yaml": PLAN})
    monkeypatch.chdir(tmp_path)
    assert CliRunner().invoke(cli.main, ["check", "--format", name]).exit_code == cli.EXIT_OK
    (tmp_path / "plans" / "p.yaml").write_text(PLAN.replace("    årsværk: 1\n", "    årsværk: 2\n", 1), "utf-8")
    assert CliRunner().invoke(cli.main, ["check", "--format", name]).exit_code == cli.EXIT_FINDINGS
    assert CliRunner().invoke(cli.main, ["check", "--format", name, "missing"]).exit_code == cli.EXIT_USAGE


def test_the_readme_json_example_validates() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("### Output formats") :]
    example = section[section.index("```json\n") + len("```json\n") : section.index("\n```\n")]
    jsonschema.validate(json.loads(example), json.loads(CHECK_RESULT_SCHEMA.read_text(encoding="utf-8")))
