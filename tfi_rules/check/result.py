"""The outcome of one `tfi check` run: every finding, and what it means for the exit code."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ..findings import Finding, Severity


@dataclass
class CheckResult:
    files: list[str] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    # `tfi check --new-since REV`: how many findings were left out because REV already had them.
    standing: int = 0
    standing_since: str = ""  # REV; empty when every finding is reported

    def sorted_findings(self) -> list[Finding]:
        return sorted(self.findings)

    def counts(self) -> dict[str, int]:
        """How many findings of each severity count (not waived), and how many are waived (and standing,
        under --new-since)."""
        counter = Counter(f.severity.value for f in self.findings if not f.waived)
        standing = {"standing": self.standing} if self.standing_since else {}
        return {
            "files": len(self.files),
            "error": counter["error"],
            "warning": counter["warning"],
            "info": counter["info"],
            "waived": sum(1 for f in self.findings if f.waived),
            **standing,
        }

    def failed(self, fail_on: Severity = Severity.ERROR) -> bool:
        """True when a finding at or above `fail_on` is not waived."""
        return any(not f.waived and f.severity.rank >= fail_on.rank for f in self.findings)
