"""Waivers: accepted exceptions that keep a finding visible but stop it failing the check."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from ..describe import waiver_approval
from ..findings import Finding, Severity
from ..model import AnyModel
from ..model.base import Waiver
from ..model.walk import covers, waiver_scope


def apply_waivers(
    findings: list[Finding], waivers: list[Waiver], model: AnyModel, today: date
) -> tuple[list[Finding], set[int]]:
    """Mark the findings a waiver covers; returns them and the indexes of the waivers used.

    An expired waiver (`expires` before `today`) covers nothing; the waiver rules report it.
    """
    scopes = [waiver_scope(waiver, model) for waiver in waivers]
    used: set[int] = set()
    result = []
    for finding in findings:
        for index, (waiver, scope) in enumerate(zip(waivers, scopes, strict=True)):
            if scope is None or waiver.rule != finding.rule:
                continue
            if not waiver.in_force(today):
                continue
            if covers(scope, finding.pointer):
                finding = finding.waive(
                    waiver.reason,
                    waiver.language,
                    approval=waiver_approval(waiver),
                    unapproved=not waiver.approved_by,
                )
                used.add(index)
                break
        result.append(finding)
    return result, used


def standing_waived_errors(findings: Iterable[Finding]) -> dict[str, list[Finding]]:
    """Each file's errors that a waiver covers, in the file's order: waived, not gone (issue 14)."""
    found: dict[str, list[Finding]] = {}
    for finding in sorted(findings):
        if finding.waived and finding.severity is Severity.ERROR:
            found.setdefault(finding.file, []).append(finding)
    return found
