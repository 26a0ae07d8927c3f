"""What a change does to a file's waivers (plans and measurement files have them)."""

from __future__ import annotations

from collections.abc import Iterator

from ..model.base import Waiver
from .differences import Difference, DifferenceKind, field_changes


def waiver_changes(old: list[Waiver], new: list[Waiver]) -> Iterator[Difference]:
    """Waivers are matched by their rule and what they apply to."""

    def key(waiver: Waiver) -> tuple[str, str]:
        return waiver.rule, waiver.applies_to

    def where(waiver: Waiver) -> str:
        scope = f"on `{waiver.applies_to}`" if waiver.applies_to else "for the whole file"
        return f"rule `{waiver.rule}` {scope}"

    before: dict[tuple[str, str], Waiver] = {}
    after: dict[tuple[str, str], Waiver] = {}
    for waivers, found in ((old, before), (new, after)):
        for waiver in waivers:
            found.setdefault(key(waiver), waiver)
    for waiver_key, waiver in after.items():
        if waiver_key not in before:
            expires = f", until {waiver.expires.isoformat()}" if waiver.expires else ""
            yield Difference(
                DifferenceKind.WAIVER_ADDED,
                waiver.rule,
                f"waiver added for {where(waiver)} (approved by {waiver.approved_by}{expires})",
            )
        else:
            yield from field_changes(
                before[waiver_key], waiver, f"the waiver for {where(waiver)}", waiver.rule, skip=("rule", "applies_to")
            )
    for waiver_key, waiver in before.items():
        if waiver_key not in after:
            yield Difference(DifferenceKind.WAIVER_REMOVED, waiver.rule, f"waiver removed for {where(waiver)}")
