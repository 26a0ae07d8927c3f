"""The text format: one finding per line as `path:line:column: severity [rule] message`.

Everything in it is for people, so it speaks the language in use: the
severity's name (`Severity.label`), "hint:", "waived" and the summary line.
The rule id in brackets stays as it is, so it can be looked up with `tfi rules`.
"""

from __future__ import annotations

from ..check.result import CheckResult
from ..findings import Finding
from ..i18n import t
from ..numbers import format_number
from .base import Reporter


class TextReporter(Reporter):
    """`fail_on` does not change the text; the exit code says it."""

    name = "text"

    def render(self, result: CheckResult) -> str:
        lines = []
        for finding in result.sorted_findings():
            text = f"{finding.location()}: {finding.severity.label} [{finding.rule}] {finding.message}"
            if finding.waived:
                text += " " + waived_note(finding)
            lines.append(text)
            if self.hints and finding.hint and not finding.waived:
                lines.append("    " + hint_line(finding))
        lines.append(summary_line(result))
        return "\n".join(lines) + "\n"


def hint_line(finding: Finding) -> str:
    """`hint: write 1.5 (a decimal point, not a comma)`, in the language in use."""
    return t("hint: {hint}", hint=finding.hint)


def waived_note(finding: Finding) -> str:
    """`(waived: the reason)`, in the language in use."""
    return t("(waived: {reason})", reason=finding.waived_by)


def summary_line(result: CheckResult) -> str:
    """`3 files checked, 1 error, 0 warnings, 2 infos, 1 waived`: the last line of every human format.

    Each count is a whole phrase in its singular and its plural, so that a
    language can bend its own words ("1 advarsel", "2 advarsler").
    """
    counts = result.counts()

    def number(key: str) -> str:
        return format_number(counts[key])

    files, errors, warnings, infos = counts["files"], counts["error"], counts["warning"], counts["info"]
    parts = [
        t("{count} file checked", count=number("files")) if files == 1 else
        t("{count} files checked", count=number("files")),
        t("{count} error", count=number("error")) if errors == 1 else t("{count} errors", count=number("error")),
        t("{count} warning", count=number("warning")) if warnings == 1 else
        t("{count} warnings", count=number("warning")),
        t("{count} info", count=number("info")) if infos == 1 else t("{count} infos", count=number("info")),
    ]
    if counts["waived"]:
        parts.append(t("{count} waived", count=number("waived")))
    if result.standing_since:
        parts.append(t("{count} standing since {revision}", count=number("standing"), revision=result.standing_since))
    return ", ".join(parts)
