"""Waivers: accepted exceptions that keep a finding visible but stop it failing the check."""

from __future__ import annotations

from datetime import date
from typing import Any

from .findings import Finding
from .model.base import Waiver


def waiver_scope(waiver: Waiver, model: Any) -> str | None:
    """The JSON pointer a waiver covers; None when `applies_to` names nothing in the file."""
    target = waiver.applies_to.strip()
    if target == "" or target.startswith("/"):
        return target.rstrip("/") if target != "/" else ""
    return _pointer_of_id(model, target)


def _pointer_of_id(model: Any, wanted: str) -> str | None:
    """The pointer of the area, criterion or budget line with id `wanted`."""
    for index, area in enumerate(getattr(model, "areas", [])):
        if area.id == wanted:
            return f"/areas/{index}"
        found = _criterion_pointer(area.criteria, f"/areas/{index}/criteria", wanted)
        if found:
            return found
    budget = getattr(model, "budget", None)
    if budget is not None:
        found = _budget_pointer(budget.lines, "/budget/lines", wanted)
        if found:
            return found
    for index, measurement in enumerate(getattr(model, "measurements", [])):
        if measurement.id == wanted:
            return f"/measurements/{index}"
    return None


def _criterion_pointer(criteria: list[Any], prefix: str, wanted: str) -> str | None:
    for index, criterion in enumerate(criteria):
        if criterion.id == wanted:
            return f"{prefix}/{index}"
        found = _criterion_pointer(criterion.of_which, f"{prefix}/{index}/of_which", wanted)
        if found:
            return found
    return None


def _budget_pointer(lines: list[Any], prefix: str, wanted: str) -> str | None:
    for index, line in enumerate(lines):
        if line.id == wanted:
            return f"{prefix}/{index}"
        found = _budget_pointer(line.lines, f"{prefix}/{index}/lines", wanted)
        if found:
            return found
    return None


def covers(scope: str, pointer: str) -> bool:
    return scope == "" or pointer == scope or pointer.startswith(scope + "/")


def apply_waivers(
    findings: list[Finding], waivers: list[Waiver], model: Any, today: date
) -> tuple[list[Finding], set[int]]:
    """Mark the findings a waiver covers; returns them and the indexes of the waivers used.

    An expired waiver (`expires` before `today`) covers nothing; the waiver rules report it.
    """
    scopes = [waiver_scope(waiver, model) for waiver in waivers]
    used: set[int] = set()
    result = []
    for finding in findings:
        for index, (waiver, scope) in enumerate(zip(waivers, scopes)):
            if scope is None or waiver.rule != finding.rule:
                continue
            if waiver.expires is not None and waiver.expires < today:
                continue
            if covers(scope, finding.pointer):
                finding = finding.waive(f"{waiver.reason} (approved by {waiver.approved_by})")
                used.add(index)
                break
        result.append(finding)
    return result, used
