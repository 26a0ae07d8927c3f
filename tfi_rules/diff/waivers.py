"""What a change does to a file's waivers (plans and measurement files have them)."""

from __future__ import annotations

from collections.abc import Iterator

from ..describe import waiver_approval
from ..i18n import t
from ..model.base import Waiver
from .differences import Difference, DifferenceKind, field_changes


def waiver_changes(old: list[Waiver], new: list[Waiver]) -> Iterator[Difference]:
    """Waivers are matched by their rule and what they apply to."""

    def key(waiver: Waiver) -> tuple[str, tuple[str, ...]]:
        return waiver.rule, waiver.targets

    def where(waiver: Waiver) -> str:
        if waiver.where:
            return t("rule `{rule}` on `{scope}`", rule=waiver.rule, scope=waiver.where)
        return t("rule `{rule}` for the whole file", rule=waiver.rule)

    before: dict[tuple[str, tuple[str, ...]], Waiver] = {}
    after: dict[tuple[str, tuple[str, ...]], Waiver] = {}
    for waivers, found in ((old, before), (new, after)):
        for waiver in waivers:
            found.setdefault(key(waiver), waiver)
    for waiver_key, waiver in after.items():
        if waiver_key not in before:
            sentence = (
                t(
                    "waiver added for {waiver} ({approval}, until {expires})",
                    waiver=where(waiver),
                    approval=waiver_approval(waiver),
                    expires=waiver.expires.isoformat(),
                )
                if waiver.expires
                else t("waiver added for {waiver} ({approval})", waiver=where(waiver), approval=waiver_approval(waiver))
            )
            yield Difference(DifferenceKind.WAIVER_ADDED, waiver.rule, sentence)
        else:
            yield from field_changes(
                before[waiver_key],
                waiver,
                t("the waiver for {waiver}", waiver=where(waiver)),
                waiver.rule,
                skip=("rule", "applies_to"),
            )
    for waiver_key, waiver in before.items():
        if waiver_key not in after:
            yield Difference(
                DifferenceKind.WAIVER_REMOVED, waiver.rule, t("waiver removed for {waiver}", waiver=where(waiver))
            )
