"""The text format: one finding per line as `path:line:column: severity [rule] message`."""

from __future__ import annotations

from ..result import CheckResult


class TextReporter:
    name = "text"

    def __init__(self, hints: bool = True) -> None:
        self.hints = hints

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
    counts = result.counts()
    files = counts["files"]
    parts = [f"{files} file{'s' if files != 1 else ''} checked"]
    for severity in ("error", "warning", "info"):
        number = counts[severity]
        parts.append(f"{number} {severity}{'s' if number != 1 else ''}")
    if counts["waived"]:
        parts.append(f"{counts['waived']} waived")
    return ", ".join(parts)
