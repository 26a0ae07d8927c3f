"""The json format: every finding as data, in a stable shape other tools can rely on.

The shape is described, field by field, by `schemas/check-result.schema.json`;
`version` changes only when a field is removed or changes meaning (new fields
may be added without it). Findings come sorted by file, line and column.
Keys, rule ids, severities and numbers are the same in every language; only
`message` and `hint` are in the language in use (`waiver_reason` is the plan's own words, then tfi's
words on who approved the waiver in brackets, in the language in use).

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
from collections.abc import Iterator
from typing import Any

from .. import __version__
from ..check.result import COUNT_KEYS, CheckResult
from ..files import TextOut
from ..findings import Finding
from .base import Reporter

FORMAT_VERSION = 1


class JsonReporter(Reporter):
    """Data keeps its hints: `--no-hints` is for people reading text."""

    name = "json"

    def render(self, result: CheckResult) -> str:
        return json.dumps(self.document(result), ensure_ascii=False, indent=2) + "\n"

    def document(self, result: CheckResult) -> dict[str, Any]:
        return {**self._head(result), "findings": list(self._findings(result)), **self._tail(result)}

    def write(self, result: CheckResult, out: TextOut) -> None:
        """The same text as `render`, written a finding at a time: `findings` is never one list."""
        out.write("{\n")
        for key, value in self._head(result).items():
            out.write(f"  {_dumped(key)}: {_dumped(value)},\n")
        out.write('  "findings": [')
        separator = "\n    "
        for finding in self._findings(result):
            out.write(separator + _dumped(finding, level=2))
            separator = ",\n    "
        out.write("\n  ],\n" if separator != "\n    " else "],\n")
        out.write(",\n".join(f"  {_dumped(key)}: {_dumped(value)}" for key, value in self._tail(result).items()))
        out.write("\n}\n")

    def _head(self, result: CheckResult) -> dict[str, Any]:
        return {"version": FORMAT_VERSION, "tool": "tfi", "tool_version": __version__, "files": list(result.files)}

    def _findings(self, result: CheckResult) -> Iterator[dict[str, Any]]:
        return (finding_data(finding) for finding in result.sorted_findings())

    def _tail(self, result: CheckResult) -> dict[str, Any]:
        return {
            "max_findings_per_file": result.max_findings,
            "unlisted": [
                {"file": file, **{key: unlisted[key] for key in COUNT_KEYS}}
                for file, unlisted in sorted(result.unlisted.items())
            ],
            "summary": {**result.counts(), "unlisted": result.unlisted_count(), "failed": result.failed(self.fail_on)},
        }


def _dumped(value: object, level: int = 1) -> str:
    """`value` as `json.dumps(..., indent=2)` writes it `level` levels deep in a document (a newline
    stands only between items: JSON writes one inside a string as \\n)."""
    return json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n" + "  " * level)


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
