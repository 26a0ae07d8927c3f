"""The sarif format: SARIF 2.1.0, for code-scanning tools (GitHub code scanning, IDE viewers).

One run of the tool "tfi". Its `rules` describe each rule that has a finding:
the summary line of the rule's docstring as the short description, the whole
docstring (Markdown with a failing and a passing example) as full description
and help, and the rule's default severity; a name in CamelCase, never equal to
the id. Rules that run before the rule engine (reading YAML, the file's kind
and schema) have no docstring and get a short generic description and a
paragraph on what they check as full description and help. The tool names
where to read about it (`informationUri`).

Each finding is a result: level error, warning or note; the message with its
hint; the file as a relative URI with forward slashes, and the line and column
(no region for a finding about the whole file). A waived finding is a result
with an external suppression whose justification is the waiver's reason.

Past `--max-findings` in a file, the findings not listed are said in the run's invocation, as a
tool execution notification per file (its message and location, the counts in its properties),
and counted in the run's properties (`maxFindingsPerFile`, `unlistedFindings`).
tests/data/sarif-schema-2.1.0.json is the official schema it is checked against.

Results' messages are in the language in use; a Danish log says so with the
run's `language` (SARIF 2.1.0 §3.14.7, default "en-US", so an English log
leaves it out). The rules' descriptions are their documentation and stay
English, as the tool component's own `language` (default "en-US") says.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any
from urllib.parse import quote

from .. import __version__
from ..check.result import COUNT_KEYS, CheckResult
from ..findings import Finding, Severity
from ..i18n import language
from .base import Reporter
from .text import hint_line, unlisted_line

SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
LEVEL_BY_SEVERITY = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
# The language tag of a run's messages, for each language that is not SARIF's default (en-US).
LANGUAGE_TAG = {"da": "da-DK"}
BUILT_IN_DESCRIPTION = "tfi reads every file as YAML and checks its kind and schema before any rule runs."
# Where to read about the tool (SARIF 2.1.0 §3.19.17; the SARIF Multitool asks for it, SARIF2005).
# The repository's own address as its README names it: replace OWNER where tfi is published.
INFORMATION_URI = "https://github.com/OWNER/tfi#readme"
# What the checks before the rules look at, by the first word of their id; each becomes the
# full description and help of those ids (the Multitool wants both on every rule, SARIF2012 / GH2012).
BUILT_IN_HELP = {
    "yaml": "The file is read as YAML 1.2 before anything else: it must be UTF-8, one document, a mapping at "
    "the top, without aliases, tags or duplicate keys, within the limits of size and nesting, and with "
    "numbers tfi can hold exactly. The message names the line and column and what to write instead.",
    "file": "The file must be readable and say what it is with `kind:` (plan, mandate or measurements), so "
    "that tfi knows which schema to check it against.",
    "schema": "Each file follows the JSON Schema of its kind (schemas/): required fields, known keys, numbers "
    "where numbers belong. The message names the field and the line and column.",
    "no": "A folder given to `tfi check` holds no YAML file, so nothing would be checked.",
}
# Built-in ids whose CamelCase would equal the id but for case ("schema"): a name of their own.
BUILT_IN_NAMES = {"schema": "FollowsItsSchema"}


class SarifReporter(Reporter):
    name = "sarif"

    def __init__(self, hints: bool = True, fail_on: Severity = Severity.ERROR, root: Path | None = None) -> None:
        super().__init__(hints, fail_on)  # SARIF reports levels; whether they fail is the consumer's call
        self.root = root  # file URIs are relative to this folder (default: the working folder)

    def render(self, result: CheckResult) -> str:
        return json.dumps(self.log(result), ensure_ascii=False, indent=2) + "\n"

    def log(self, result: CheckResult) -> dict[str, Any]:
        findings = list(result.sorted_findings())  # SARIF is one document: it needs them all
        rule_ids = rules_in_order({finding.rule for finding in findings})
        index = {rule_id: position for position, rule_id in enumerate(rule_ids)}
        root = self.root if self.root is not None else Path.cwd()
        driver: dict[str, Any] = {
            "name": "tfi",
            "version": __version__,
            "informationUri": INFORMATION_URI,
            "rules": [rule_descriptor(r) for r in rule_ids],
        }
        run: dict[str, Any] = {"tool": {"driver": driver}}
        if language() in LANGUAGE_TAG:
            run["language"] = LANGUAGE_TAG[language()]
        run["columnKind"] = "unicodeCodePoints"
        run["results"] = [self.result(finding, index[finding.rule], root) for finding in findings]
        if result.unlisted:
            run["invocations"] = [
                {
                    "executionSuccessful": True,
                    "toolExecutionNotifications": [
                        self.unlisted(file, result, root) for file in sorted(result.unlisted)
                    ],
                }
            ]
            run["properties"] = {"maxFindingsPerFile": result.max_findings, "unlistedFindings": result.unlisted_count()}
        return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}

    def unlisted(self, file: str, result: CheckResult, root: Path) -> dict[str, Any]:
        """A notification that some of a file's findings are not listed: a warning when any of them fails."""
        return {
            "level": "warning" if result.unlisted_failing(file, self.fail_on) else "note",
            "message": {"text": unlisted_line(file, result.unlisted[file])},
            "locations": [{"physicalLocation": {"artifactLocation": {"uri": file_uri(file, root)}}}],
            "properties": {key: result.unlisted[file][key] for key in COUNT_KEYS},
        }

    def result(self, finding: Finding, rule_index: int, root: Path) -> dict[str, Any]:
        text = finding.message
        if self.hints and finding.hint and not finding.waived:
            text += "\n" + hint_line(finding)
        physical: dict[str, Any] = {"artifactLocation": {"uri": file_uri(finding.file, root)}}
        if finding.line:
            region = {"startLine": finding.line}
            if finding.column:
                region["startColumn"] = finding.column
            physical["region"] = region
        data: dict[str, Any] = {
            "ruleId": finding.rule,
            "ruleIndex": rule_index,
            "level": LEVEL_BY_SEVERITY[finding.severity],
            "message": {"text": text},
            "locations": [{"physicalLocation": physical}],
        }
        if finding.waived:
            data["suppressions"] = [{"kind": "external", "justification": finding.waived_by}]
        return data


def rules_in_order(rule_ids: set[str]) -> list[str]:
    """The registry's rules in the registry's order, then the reading stage's by name."""
    from ..rules import RULES

    return [rule_id for rule_id in RULES if rule_id in rule_ids] + sorted(rule_ids - set(RULES))


def rule_descriptor(rule_id: str) -> dict[str, Any]:
    from ..check.docs import summary  # the registry imports every rule: only when a SARIF log is made
    from ..rules import RULES

    name = rule_name(rule_id)
    rule = RULES.get(rule_id)
    if rule is None:
        detail = BUILT_IN_HELP.get(rule_id.split("-", 1)[0], BUILT_IN_DESCRIPTION)
        return {
            "id": rule_id,
            "name": name,
            "shortDescription": {"text": BUILT_IN_DESCRIPTION},
            "fullDescription": {"text": detail},
            "help": {"text": detail, "markdown": detail},
            "defaultConfiguration": {"level": "error"},
        }
    doc = (rule.__doc__ or "").strip()
    return {
        "id": rule_id,
        "name": name,
        "shortDescription": {"text": summary(rule)},
        "fullDescription": {"text": doc, "markdown": doc},
        "help": {"text": doc, "markdown": doc},
        "defaultConfiguration": {"level": LEVEL_BY_SEVERITY[rule.SEVERITY]},
    }


def rule_name(rule_id: str) -> str:
    """The rule's name, which SARIF wants different from its id: "capacity-balance" → "CapacityBalance"."""
    name = BUILT_IN_NAMES.get(rule_id) or "".join(part.capitalize() for part in rule_id.split("-"))
    return name if name.lower() != rule_id.lower() else name + "Check"


def file_uri(path: str, root: Path) -> str:
    """A relative URI with forward slashes for a path under `root`; a file: URI for one outside it."""
    absolute = Path(os.path.abspath(path))
    try:
        relative = absolute.relative_to(os.path.abspath(root))
    except ValueError:
        return absolute.as_uri()
    return quote(relative.as_posix())
