"""The outcome of one `tfi check` run: every finding, and what it means for the exit code."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ..findings import Finding, Severity

COUNT_KEYS = ("error", "warning", "info", "waived")
WAIVED_ERROR = "waived_error"  # of the waived, how many are errors: waived is not gone


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

    def sorted_findings(self) -> list[Finding]:
        return sorted(self.findings)

    def leave_unlisted(self, file: str, key: str, count: int = 1) -> None:
        """Count `count` findings of `file` without listing them; `key` is a severity's value or "waived"."""
        if count:
            self.unlisted.setdefault(file, Counter())[key] += count

    def limit_per_file(self, max_findings: int) -> None:
        """List at most `max_findings` findings of each file (0: all), the first in sorted order; count the rest."""
        self.max_findings = max_findings
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
                self.leave_unlisted(finding.file, "waived" if finding.waived else finding.severity.value)
                if finding.waived and finding.severity is Severity.ERROR:
                    self.leave_unlisted(finding.file, WAIVED_ERROR)
        self.findings = kept

    def counts(self) -> dict[str, int]:
        """How many findings of each severity count (not waived), how many are waived and how many of
        those are errors, listed or not (and how many are standing, under --new-since)."""
        counter = Counter("waived" if f.waived else f.severity.value for f in self.findings)
        counter[WAIVED_ERROR] = sum(1 for f in self.findings if f.waived and f.severity is Severity.ERROR)
        for unlisted in self.unlisted.values():
            counter.update(unlisted)
        standing = {"standing": self.standing} if self.standing_since else {}
        counts = {key: counter[key] for key in (*COUNT_KEYS, WAIVED_ERROR)}
        return {"files": len(self.files), **counts, **standing}

    def unlisted_count(self) -> int:
        return sum(unlisted[key] for unlisted in self.unlisted.values() for key in COUNT_KEYS)

    def failed(self, fail_on: Severity = Severity.ERROR) -> bool:
        """True when a finding at or above `fail_on` is not waived (listed or not)."""
        return any(not f.waived and f.severity.rank >= fail_on.rank for f in self.findings) or any(
            self.unlisted_failing(file, fail_on) for file in self.unlisted
        )

    def unlisted_failing(self, file: str, fail_on: Severity) -> int:
        """How many of a file's unlisted findings are at or above `fail_on` and not waived."""
        unlisted = self.unlisted.get(file, Counter())
        return sum(unlisted[severity.value] for severity in Severity if severity.rank >= fail_on.rank)
