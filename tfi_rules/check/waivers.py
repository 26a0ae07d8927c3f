"""Waivers: accepted exceptions that keep a finding visible but stop it failing the check."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from ..describe import waiver_approval
from ..findings import Finding, Severity
from ..model import AnyModel
from ..model.base import Waiver
from ..model.walk import scopes_of, waiver_covers


def apply_waivers(
    findings: list[Finding], waivers: list[Waiver], model: AnyModel, today: date
) -> tuple[list[Finding], set[int]]:
    """Mark the findings a waiver covers; returns them and the indexes of the waivers used.

    An expired waiver (`expires` before `today`) covers nothing; the waiver rules report it.
    """
    scopes = scopes_of(waivers, model)
    used: set[int] = set()
    result = []
    for finding in findings:
        for index, (waiver, scope) in enumerate(zip(waivers, scopes, strict=True)):
            if waiver.rule != finding.rule or not waiver.in_force(today):
                continue
            if waiver_covers(waiver, scope, finding.pointer):
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


def inside_unused_waivers(
    findings: list[Finding], waivers: list[Waiver], model: AnyModel, used: set[int], today: date
) -> dict[int, tuple[str, ...]]:
    """For each exact waiver in force that covered nothing, the pointers of the unwaived findings of its rule
    inside what it names: what it would cover with `scope: within` (an older waiver, written when waivers
    covered everything inside what they named, is narrowed by naming these)."""
    found: dict[int, tuple[str, ...]] = {}
    unused = {
        index: waiver
        for index, waiver in enumerate(waivers)
        if index not in used and waiver.scope != "within" and waiver.in_force(today)
    }
    for (index, waiver), scopes in zip(unused.items(), scopes_of(list(unused.values()), model), strict=True):
        widened = waiver.model_copy(update={"scope": "within"})
        pointers = tuple(
            finding.pointer
            for finding in findings
            if finding.rule == waiver.rule and not finding.waived and waiver_covers(widened, scopes, finding.pointer)
        )
        if pointers:
            found[index] = tuple(dict.fromkeys(pointers))
    return found


def standing_waived_errors(findings: Iterable[Finding]) -> dict[str, list[Finding]]:
    """Each file's errors that a waiver covers, in the file's order: waived, not gone (issue 14)."""
    found: dict[str, list[Finding]] = {}
    for finding in sorted(findings):
        if finding.waived and finding.severity is Severity.ERROR:
            found.setdefault(finding.file, []).append(finding)
    return found
