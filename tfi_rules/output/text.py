"""The text format: one finding per line as `path:line:column: severity [rule] message`.

Everything in it is for people, so it speaks the language in use: the
severity's name (`Severity.label`), "hint:", "waived" and the summary line.
The rule id in brackets stays as it is, so it can be looked up with `tfi rules`.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from ..check.result import COUNT_KEYS, WAIVED_ERROR, CheckResult
from ..files import TextOut
from ..findings import Finding
from ..i18n import t
from ..numbers import format_number
from .base import Reporter, rendered


class TextReporter(Reporter):
    """`fail_on` does not change the text; the exit code says it."""

    name = "text"

    def render(self, result: CheckResult) -> str:
        return rendered(self, result)

    def write(self, result: CheckResult, out: TextOut) -> None:
        for finding, last_of_file in by_file(result):
            text = f"{finding.location()}: {finding.severity.label} [{finding.rule}] {finding.message}"
            if finding.waived:
                text += " " + waived_note(finding)
            out.write(text + "\n")
            if self.hints and finding.hint and not finding.waived:
                out.write("    " + hint_line(finding) + "\n")
            if last_of_file and finding.file in result.unlisted:
                out.write(unlisted_line(finding.file, result.unlisted[finding.file]) + "\n")
        for file in files_without_listed(result):
            out.write(unlisted_line(file, result.unlisted[file]) + "\n")
        out.write(summary_line(result) + "\n")


def by_file(result: CheckResult) -> Iterator[tuple[Finding, bool]]:
    """The sorted findings, each with whether it is the last one listed of its file."""
    previous: Finding | None = None
    for finding in result.sorted_findings():
        if previous is not None:
            yield previous, finding.file != previous.file
        previous = finding
    if previous is not None:
        yield previous, True


def files_without_listed(result: CheckResult) -> list[str]:
    """Files with findings counted but none listed (not expected: a file's first findings are listed)."""
    listed = result.listed_files()
    return sorted(file for file in result.unlisted if file not in listed)


def unlisted_line(file: str, unlisted: Mapping[str, int]) -> str:
    """`plans/x.yaml: 15900 more findings not listed (15900 errors); --max-findings 0 lists them all`,
    after the file's last finding listed."""
    count = sum(unlisted.get(key, 0) for key in COUNT_KEYS)
    counts = ", ".join(_count_phrases(unlisted, skip_zero=True))
    if count == 1:
        return t("{file}: 1 more finding not listed ({counts}); --max-findings 0 lists it", file=file, counts=counts)
    return t(
        "{file}: {count} more findings not listed ({counts}); --max-findings 0 lists them all",
        file=file,
        count=format_number(count),
        counts=counts,
    )


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
    files = format_number(counts["files"])
    checked = (
        t("{count} file checked", count=files) if counts["files"] == 1 else t("{count} files checked", count=files)
    )
    parts = [checked, *_count_phrases(counts, skip_zero=False)]
    if result.standing_since:
        parts.append(
            t("{count} standing since {revision}", count=format_number(result.standing), revision=result.standing_since)
        )
    return ", ".join(parts)


def _count_phrases(counts: Mapping[str, int], skip_zero: bool) -> list[str]:
    """`1 error, 0 warnings, 2 infos, 1 waived`: errors, warnings and infos (unless `skip_zero`), and
    the waived ones if any."""
    phrases = []
    for key in ("error", "warning", "info", "waived"):
        count = counts.get(key, 0)
        if count == 0 and (skip_zero or key == "waived"):
            continue
        number = format_number(count)
        if key == "error":
            phrases.append(t("{count} error", count=number) if count == 1 else t("{count} errors", count=number))
        elif key == "warning":
            phrases.append(t("{count} warning", count=number) if count == 1 else t("{count} warnings", count=number))
        elif key == "info":
            phrases.append(t("{count} info", count=number) if count == 1 else t("{count} infos", count=number))
        else:
            errors = counts.get(WAIVED_ERROR, 0)
            phrases.append(
                t("{count} waived ({errors} error)", count=number, errors=format_number(errors))
                if errors == 1
                else t("{count} waived ({errors} errors)", count=number, errors=format_number(errors))
            )
    return phrases
