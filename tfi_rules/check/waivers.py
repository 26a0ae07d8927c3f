"""Waivers: accepted exceptions that keep a finding visible but stop it failing the check."""

from __future__ import annotations

from datetime import date
from typing import Any

from ..findings import Finding
from ..i18n import t
from ..model.base import Waiver


def waiver_scope(waiver: Waiver, model: Any) -> str | None:
    """The JSON pointer a waiver covers; None when `applies_to` names nothing in the file."""
    target = waiver.applies_to.strip()
    if target == "" or target.startswith("/"):
        return target.rstrip("/") if target != "/" else ""
    return named_pointers(model).get(target)


def named_pointers(model: Any) -> dict[str, str]:
    """Every id a waiver may name (areas, criteria, budget lines, measurements) with its
    JSON pointer; where an id is used twice the first wins (unique-ids reports the second)."""
    found: dict[str, str] = {}
    for index, area in enumerate(getattr(model, "areas", [])):
        found.setdefault(area.id, f"/areas/{index}")
        _name_tree(area.criteria, f"/areas/{index}/criteria", "of_which", found)
    budget = getattr(model, "budget", None)
    if budget is not None:
        _name_tree(budget.lines, "/budget/lines", "lines", found)
    for index, measurement in enumerate(getattr(model, "measurements", [])):
        found.setdefault(measurement.id, f"/measurements/{index}")
    return found


# A module-level function, not a closure inside named_pointers: a recursive closure is a
# reference cycle (function ↔ cell) that outlives the call while `tfi check` pauses the cyclic GC.
def _name_tree(items: list[Any], prefix: str, children: str, found: dict[str, str]) -> None:
    for index, item in enumerate(items):
        found.setdefault(item.id, f"{prefix}/{index}")
        _name_tree(getattr(item, children), f"{prefix}/{index}/{children}", children, found)


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
        for index, (waiver, scope) in enumerate(zip(waivers, scopes, strict=True)):
            if scope is None or waiver.rule != finding.rule:
                continue
            if waiver.expires is not None and waiver.expires < today:
                continue
            if covers(scope, finding.pointer):
                finding = finding.waive(t("{reason} (approved by {approver})",
                                          reason=waiver.reason, approver=waiver.approved_by))
                used.add(index)
                break
        result.append(finding)
    return result, used
