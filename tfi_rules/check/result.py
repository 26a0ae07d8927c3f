"""The outcome of one `tfi check` run: every finding, and what it means for the exit code.

A result keeps its findings in a list (`findings`), or, given a `Spool` (the command line does),
puts each file's findings on disk as soon as the file is checked (`settle`) and keeps only
counts: memory then stays flat in the number of findings (issue 17). Either way the findings
come back sorted by file, line and column (`sorted_findings`), at most `max_findings` a file.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from ..findings import Finding, Severity
from ..spool import Spool

COUNT_KEYS = ("error", "warning", "info", "waived")
WAIVED_ERROR = "waived_error"  # of the waived, how many are errors: waived is not gone


def count_keys(finding: Finding) -> tuple[str, ...]:
    """What a finding counts as: its severity, or "waived" (and, for a waived error, WAIVED_ERROR too)."""
    if not finding.waived:
        return (finding.severity.value,)
    return ("waived", WAIVED_ERROR) if finding.severity is Severity.ERROR else ("waived",)


@dataclass
class CheckResult:
    files: list[str] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    # Findings past `max_findings` in a file are not listed, only counted here (file → "error",
    # "warning", "info" for those not waived, "waived"); the summary and the exit code count them.
    unlisted: dict[str, Counter[str]] = field(default_factory=dict)
    max_findings: int = 0  # findings listed per file; 0: all
    # `tfi check --new-since REV`: how many findings were left out because REV already had them.
    standing: int = 0
    standing_since: str = ""  # REV; empty when every finding is reported
    # With a spool, the findings of a checked file are there (sorted, at most `max_findings`), not in
    # `findings`; `spooled` counts them as `counts` does, and `_pending` holds those of files not yet settled.
    spool: Spool[str] | None = None
    spooled: Counter[str] = field(default_factory=Counter)
    spooled_errors: Counter[str] = field(default_factory=Counter)  # file → errors not waived in the spool
    _pending: dict[str, list[Finding]] = field(default_factory=dict)

    def add(self, findings: Iterable[Finding]) -> None:
        """Findings of the run: listed now, or, with a spool, held until their file is settled."""
        if self.spool is None:
            self.findings.extend(findings)
            return
        for finding in findings:
            self._pending.setdefault(finding.file, []).append(finding)

    def settle(self, file: str) -> None:
        """`file` has all its findings: with a spool, they go to it (the first `max_findings` in sorted
        order; the rest are counted), and leave memory."""
        findings = self._pending.pop(file, None) if self.spool is not None else None
        if not findings:
            return
        assert self.spool is not None  # findings are pending only with a spool
        findings.sort()
        if self.max_findings and len(findings) > self.max_findings:
            for finding in findings[self.max_findings :]:
                self.leave_unlisted_finding(finding)
            del findings[self.max_findings :]
        counted = Counter(key for finding in findings for key in count_keys(finding))
        self.spooled.update(counted)
        if counted["error"]:
            self.spooled_errors[file] += counted["error"]
        self.spool.put(file, findings)

    def sorted_findings(self) -> Iterator[Finding]:
        """The listed findings in order (file, line, column), read from the spool one file at a time."""
        if self.spool is None:
            yield from sorted(self.findings)
            return
        for file in sorted(self.spool.keys()):
            yield from sorted(self.spool.get(file))

    def errors_by_file(self) -> Counter[str]:
        """File → its errors that are not waived, listed or not."""
        errors = Counter(f.file for f in self.findings if not f.waived and f.severity is Severity.ERROR)
        errors.update(self.spooled_errors)
        errors.update({file: unlisted["error"] for file, unlisted in self.unlisted.items() if unlisted["error"]})
        return errors

    def findings_of(self, file: str) -> list[Finding]:
        """The listed findings of one file, in order."""
        if self.spool is None:
            return sorted(f for f in self.findings if f.file == file)
        return sorted(self.spool.get(file))

    def close(self) -> None:
        """Remove the spool's file, if there is one (the counts stay)."""
        if self.spool is not None:
            self.spool.close()

    def listed_files(self) -> set[str]:
        """The files with findings listed."""
        listed = {finding.file for finding in self.findings}
        return listed | set(self.spool.keys()) if self.spool is not None else listed

    def leave_unlisted(self, file: str, key: str, count: int = 1) -> None:
        """Count `count` findings of `file` without listing them; `key` is a severity's value or "waived"."""
        if count:
            self.unlisted.setdefault(file, Counter())[key] += count

    def leave_unlisted_finding(self, finding: Finding) -> None:
        """Count a finding of its file without listing it."""
        for key in count_keys(finding):
            self.leave_unlisted(finding.file, key)

    def limit_per_file(self, max_findings: int) -> None:
        """List at most `max_findings` findings of each file (0: all), the first in sorted order; count the rest.
        With a spool: settle every file not settled yet."""
        self.max_findings = max_findings
        if self.spool is not None:
            self.add(self.findings)
            self.findings = []
            for file in list(self._pending):
                self.settle(file)
            return
        self.findings.sort()
        if not max_findings:
            return
        listed: Counter[str] = Counter()
        kept = []
        for finding in self.findings:
            if listed[finding.file] < max_findings:
                listed[finding.file] += 1
                kept.append(finding)
            else:
                self.leave_unlisted_finding(finding)
        self.findings = kept

    def counts(self) -> dict[str, int]:
        """How many findings of each severity count (not waived), how many are waived and how many of
        those are errors, listed or not (and how many are standing, under --new-since)."""
        counter = Counter(key for finding in self.findings for key in count_keys(finding))
        counter.update(self.spooled)
        for unlisted in self.unlisted.values():
            counter.update(unlisted)
        standing = {"standing": self.standing} if self.standing_since else {}
        counts = {key: counter[key] for key in (*COUNT_KEYS, WAIVED_ERROR)}
        return {"files": len(self.files), **counts, **standing}

    def unlisted_count(self) -> int:
        return sum(unlisted[key] for unlisted in self.unlisted.values() for key in COUNT_KEYS)

    def failed(self, fail_on: Severity = Severity.ERROR) -> bool:
        """True when a finding at or above `fail_on` is not waived (listed or not)."""
        return bool(self.listed_failing(fail_on)) or any(self.unlisted_failing(file, fail_on) for file in self.unlisted)

    def listed_failing(self, fail_on: Severity) -> int:
        """How many of the listed findings are at or above `fail_on` and not waived."""
        listed = sum(not f.waived and f.severity.rank >= fail_on.rank for f in self.findings)
        return listed + sum(self.spooled[severity.value] for severity in Severity if severity.rank >= fail_on.rank)

    def unlisted_failing(self, file: str, fail_on: Severity) -> int:
        """How many of a file's unlisted findings are at or above `fail_on` and not waived."""
        unlisted = self.unlisted.get(file, Counter())
        return sum(unlisted[severity.value] for severity in Severity if severity.rank >= fail_on.rank)
