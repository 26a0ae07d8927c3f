"""The json format: every finding as data, in a stable shape other tools can rely on.

The shape is described, field by field, by `schemas/check-result.schema.json`;
`version` changes only when a field is removed or changes meaning (new fields
may be added without it). Findings come sorted by file, line and column.
Keys, rule ids, severities and numbers are the same in every language; only
`message` and `hint` are in the language in use (`waiver_reason` is the plan's own words).

    {"version": 1, "tool": "tfi", "tool_version": "0.1.0",
     "files": ["plans/2011.yaml"],
     "findings": [{"file": "plans/2011.yaml", "line": 214, "column": 14, "pointer": "/areas/1/årsværk",
                   "rule": "schema", "severity": "error", "message": "...", "hint": "...",
                   "waived": false, "waiver_reason": null}],
     "max_findings_per_file": 100, "unlisted": [],
     "summary": {"files": 1, "error": 1, "warning": 0, "info": 0, "waived": 0, "waived_error": 0, "unlisted": 0,
                 "failed": true}}

`findings` lists at most `max_findings_per_file` findings of each file (0: no limit); `unlisted`
counts the rest of each such file by severity, and the summary counts every finding, listed or not.
"""

from __future__ import annotations

import json
from typing import Any

from .. import __version__
from ..check.result import COUNT_KEYS, CheckResult
from ..findings import Finding
from .base import Reporter

FORMAT_VERSION = 1


class JsonReporter(Reporter):
    """Data keeps its hints: `--no-hints` is for people reading text."""

    name = "json"

    def render(self, result: CheckResult) -> str:
        return json.dumps(self.document(result), ensure_ascii=False, indent=2) + "\n"

    def document(self, result: CheckResult) -> dict[str, Any]:
        return {
            "version": FORMAT_VERSION,
            "tool": "tfi",
            "tool_version": __version__,
            "files": list(result.files),
            "findings": [finding_data(finding) for finding in result.sorted_findings()],
            "max_findings_per_file": result.max_findings,
            "unlisted": [
                {"file": file, **{key: unlisted[key] for key in COUNT_KEYS}}
                for file, unlisted in sorted(result.unlisted.items())
            ],
            "summary": {**result.counts(), "unlisted": result.unlisted_count(), "failed": result.failed(self.fail_on)},
        }


def finding_data(finding: Finding) -> dict[str, Any]:
    return {
        "file": finding.file,
        "line": finding.line,
        "column": finding.column,
        "pointer": finding.pointer,
        "rule": finding.rule,
        "severity": finding.severity.value,
        "message": finding.message,
        "hint": finding.hint,
        "waived": finding.waived,
        "waiver_reason": finding.waived_by or None,
    }
