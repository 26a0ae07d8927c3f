"""The text format: one finding per line as `path:line:column: severity [rule] message`."""

from __future__ import annotations

from ..findings import Severity
from ..result import CheckResult


class TextReporter:
    name = "text"

    def __init__(self, hints: bool = True, fail_on: Severity = Severity.ERROR) -> None:
        self.hints = hints
        self.fail_on = fail_on  # the text does not change with it; the exit code does

    def render(self, result: CheckResult) -> str:
        lines = []
        for finding in result.sorted_findings():
            text = f"{finding.location()}: {finding.severity.value} [{finding.rule}] {finding.message}"
            if finding.waived:
                text += f" (waived: {finding.waived_by})"
            lines.append(text)
            if self.hints and finding.hint and not finding.waived:
                lines.append(f"    hint: {finding.hint}")
        lines.append(summary_line(result))
        return "\n".join(lines) + "\n"


def summary_line(result: CheckResult) -> str:
    """`3 files checked, 1 error, 0 warnings, 2 infos, 1 waived`: the last line of every human format."""
    counts = result.counts()
    files = counts["files"]
    parts = [f"{files} file{'s' if files != 1 else ''} checked"]
    for severity in ("error", "warning", "info"):
        number = counts[severity]
        parts.append(f"{number} {severity}{'s' if number != 1 else ''}")
    if counts["waived"]:
        parts.append(f"{counts['waived']} waived")
    return ", ".join(parts)
