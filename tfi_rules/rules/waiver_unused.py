"""A waiver covers a finding; one that covers none is out of date.

Why: a waiver records an accepted exception ("the plan spends 4.5 årsværk, as
BIU decided on 25.06.2007"). Once the plan or the rule changes so that the
finding is gone, the waiver stays behind and would silently excuse the next,
different problem of that rule at that place. Waivers that covered no
finding in this run are reported so they can be removed. Expired waivers are
left to waiver-valid.

Fails (the plan balances, so the waiver covers nothing):

```yaml
areas:
  - {id: boligomraader, title: Udsatte boligområder, årsværk: 2}
  - {id: forvaltninger, title: Facilitering, årsværk: 2}
waivers:
  - rule: capacity-balance
    applies_to: /areas
    reason: Arbejdsplanen fordeler 4,5 årsværk (BIU 25.06.2007)
    approved_by: TFI-koordinator
```

Passes (the waiver covers the capacity-balance finding on 4.5 årsværk):

```yaml
areas:
  - {id: boligomraader, title: Udsatte boligområder, årsværk: 2.5}
  - {id: forvaltninger, title: Facilitering, årsværk: 2}
waivers:
  - rule: capacity-balance
    applies_to: /areas
    reason: Arbejdsplanen fordeler 4,5 årsværk (BIU 25.06.2007)
    approved_by: TFI-koordinator
```
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Problem, Severity
from ..i18n import t
from ..model import AnyModel
from ..model.base import VERDICT_RULE
from .context import Context

ID = "waiver-unused"
SEVERITY = Severity.WARNING
KINDS = ("plan", "measurements")
CROSS_FILE = True  # needs every finding of the file, cross-file ones included: runs in the main process
AFTER_WAIVERS = True  # whether a waiver covered a finding is known only once they are applied


def check(model: AnyModel, context: Context) -> Iterator[Problem]:
    """One problem per waiver that covered no finding, leaving out expired ones and
    waivers of rules switched off in this run (they could not have covered anything)."""
    today = context.today  # the same day `apply_waivers` judged expiry by
    for index, waiver in enumerate(getattr(model, "waivers", [])):
        if index in context.used_waivers or not waiver.in_force(today):
            continue
        if waiver.rule == VERDICT_RULE:
            continue  # it covers a criterion's verdict, which tfi verdict judges, not a finding of tfi check
        if waiver.rule in context.rule_ids and not context.config.is_active(waiver.rule):
            continue
        yield Problem(
            f"/waivers/{index}",
            t(
                "the waiver of {rule} at '{applies_to}' covers no finding",
                rule=waiver.rule,
                applies_to=waiver.where,
            )
            if waiver.where
            else t("the waiver of {rule} in this file covers no finding", rule=waiver.rule),
            _hint(context.inside_unused_waivers.get(index, ())),
        )


def _hint(inside: tuple[str, ...]) -> str:
    if inside:  # a waiver names a place; its rule's findings lie inside it (waivers cover exact places)
        return t(
            "it covers only findings at exactly the place it names; its rule's findings inside that place are at "
            "{pointers}: name those the reason is about in `applies_to`, or write `scope: within` if it is "
            "meant for every finding inside",
            pointers=", ".join(inside),
        )
    return t(
        "remove the waiver if the problem it excused is gone; check `rule` and `applies_to` if it should "
        "still cover one"
    )
