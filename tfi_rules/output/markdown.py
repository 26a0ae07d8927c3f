"""The markdown format: every finding as GitHub-flavoured Markdown, for a job summary or a comment.

GitHub shows at most 10 annotations of each kind per step; the job summary shows them all. A
heading, then per file a table of its findings (where, severity, rule, the message with its hint
or the waiver's reason), then the summary line, which under `--new-since` counts the standing
findings left out. Messages quote plan text, so every cell is escaped (`tfi_rules.markdown`).
"""

from __future__ import annotations

from ..check.result import CheckResult
from ..findings import Finding
from ..i18n import t
from ..markdown import cell
from .base import Reporter
from .text import hint_line, summary_line, waived_note


class MarkdownReporter(Reporter):
    name = "markdown"

    def render(self, result: CheckResult) -> str:
        heading = (
            t("## tfi check: what changed since {revision}", revision=cell(result.standing_since))
            if result.standing_since
            else t("## tfi check")
        )
        lines = [heading, ""]
        by_file: dict[str, list[Finding]] = {}
        for finding in result.sorted_findings():
            by_file.setdefault(finding.file, []).append(finding)
        for path, findings in by_file.items():
            lines.extend([f"### {cell(path)}", ""])
            lines.append(f"| {t('line')} | {t('severity')} | {t('rule')} | {t('message')} |")
            lines.append("|---|---|---|---|")
            lines.extend(self.row(finding) for finding in findings)
            lines.append("")
        if not by_file:
            lines.extend([t("No findings."), ""])
        lines.append(f"**{cell(summary_line(result))}**")
        return "\n".join(lines) + "\n"

    def row(self, finding: Finding) -> str:
        where = f"{finding.line}:{finding.column}" if finding.line else "—"
        message = finding.message
        if finding.waived:
            message += " " + waived_note(finding)
        elif self.hints and finding.hint:
            message += " " + hint_line(finding)
        return f"| {where} | {cell(finding.severity.label)} | {cell(finding.rule)} | {cell(message)} |"
