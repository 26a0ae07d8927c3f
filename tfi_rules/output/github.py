"""The github format: GitHub Actions workflow commands, so findings show on the pull request's diff.

One command per finding, then the plain summary line:

    ::error file=plans/2011.yaml,line=214,col=14,title=[schema]::expected a number, found the text '1,5'%0Ahint: write 1.5

Past `--max-findings` in a file, one `::notice file=...::` after its last finding says how many
more there are.

Errors are `::error`, warnings `::warning`, info `::notice`; a waived finding is
a `::notice` whatever its severity, ending "(waived: reason)". A finding about
a whole file (line 0) carries no line or column. The message, "hint:" and
"waived" are in the language in use; the command names and properties never change.

Escaping follows the Actions runner, which reads `%25`, `%0D` and `%0A` back in
the message and also `%3A` and `%2C` in properties (where `:` and `,` would end
the value). `%` is escaped first so the other escapes are not escaped again.
"""

from __future__ import annotations

from ..check.result import CheckResult
from ..files import TextOut
from ..findings import Finding, Severity
from .base import Reporter, rendered
from .text import by_file, files_without_listed, hint_line, summary_line, unlisted_line, waived_note

COMMAND_BY_SEVERITY = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    """Escape a workflow command's message."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a workflow command's property value."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


class GithubReporter(Reporter):
    name = "github"

    def render(self, result: CheckResult) -> str:
        return rendered(self, result)

    def write(self, result: CheckResult, out: TextOut) -> None:
        for finding, last_of_file in by_file(result):
            out.write(self.command(finding) + "\n")
            if last_of_file and finding.file in result.unlisted:
                out.write(self.unlisted(finding.file, result) + "\n")
        for file in files_without_listed(result):
            out.write(self.unlisted(file, result) + "\n")
        out.write(summary_line(result) + "\n")

    def unlisted(self, file: str, result: CheckResult) -> str:
        message = unlisted_line(file, result.unlisted[file])
        return f"::notice file={escape_property(file)}::{escape_data(message)}"

    def command(self, finding: Finding) -> str:
        name = "notice" if finding.waived else COMMAND_BY_SEVERITY[finding.severity]
        properties = [("file", finding.file)]
        if finding.line:
            properties.append(("line", str(finding.line)))
            if finding.column:
                properties.append(("col", str(finding.column)))
        properties.append(("title", f"[{finding.rule}]"))
        message = finding.message
        if finding.waived:
            message += " " + waived_note(finding)
        elif self.hints and finding.hint:
            message += "\n" + hint_line(finding)
        rendered = ",".join(f"{key}={escape_property(value)}" for key, value in properties)
        return f"::{name} {rendered}::{escape_data(message)}"
