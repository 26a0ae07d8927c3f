"""A waiver names a rule that exists, something that is in the file, and has not expired.

Why: a waiver keeps a finding visible but stops it failing the check. A
waiver for a misspelt rule, or for an area, criterion, budget line or
measurement that is not (or no longer) in the file, covers nothing and only
looks like an accepted exception; an expired waiver covers nothing either,
and the finding it used to cover fails the check again. `applies_to` is the id
of an area, criterion, budget line or measurement, such an id followed by a
pointer inside it ("budget-bidrager/total"), a JSON pointer ("/areas/0"), or a
list of these; left out, the whole file.

Fails (no rule "capacity-balanse"; no criterion "tilfredhed"):

```yaml
waivers:
  - rule: capacity-balanse
    applies_to: tilfredhed
    reason: Arbejdsplanen fordeler 4,5 årsværk (BIU 25.06.2007)
    approved_by: TFI-koordinator
```

Passes:

```yaml
waivers:
  - rule: capacity-balance
    applies_to: /areas
    reason: Arbejdsplanen fordeler 4,5 årsværk (BIU 25.06.2007)
    approved_by: TFI-koordinator
    expires: 2030-12-31
```
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..findings import Problem, Severity, parse_pointer
from ..i18n import t
from ..model import AnyModel
from ..model.base import VERDICT_RULE
from ..model.fields import as_data
from ..model.walk import named_pointers, scopes_of
from ..suggest import did_you_mean
from .context import Context

ID = "waiver-valid"
SEVERITY = Severity.ERROR
KINDS = ("plan", "measurements")
CROSS_FILE = False  # needs only this file (and the configuration)
AFTER_WAIVERS = False  # runs with the other rules, before waivers are applied


def check(model: AnyModel, context: Context) -> Iterator[Problem]:
    waivers = getattr(model, "waivers", [])
    if not waivers:
        return
    data: Any = None  # the file's data, dumped only if a waiver names a JSON pointer
    waivable = context.rule_ids | {VERDICT_RULE}  # `verdict` waives a criterion's verdict (tfi verdict)
    for index, (waiver, scopes) in enumerate(zip(waivers, scopes_of(waivers, model), strict=True)):
        pointer = f"/waivers/{index}"
        if waiver.rule not in waivable:
            yield Problem(
                f"{pointer}/rule",
                t("the waiver names the rule '{rule}', which does not exist", rule=waiver.rule)
                + did_you_mean(waiver.rule, waivable, most=1),
                t("write the id of a rule as `tfi rules` lists it, or `verdict` to waive a criterion's verdict"),
            )
        several = not isinstance(waiver.applies_to, str)
        for place, (target, scope) in enumerate(zip(waiver.targets, scopes, strict=True)):
            bare_id = not target.startswith("/") and "/" not in target  # its pointer exists by construction
            if scope is not None and not bare_id and data is None:
                data = as_data(model)
            if scope is None or not (bare_id or _exists(data, scope)):
                yield Problem(
                    f"{pointer}/applies_to" + (f"/{place}" if several else ""),
                    t("the waiver applies to '{applies_to}', which names nothing in this file", applies_to=target)
                    + _suggest(target, model),
                    t(
                        "write the id of an area, criterion, budget line or measurement in this file, "
                        "a JSON pointer such as /areas/0, or leave `applies_to` out for the whole file"
                    ),
                )
        if waiver.expires is not None and not waiver.in_force(context.today):
            yield Problem(
                f"{pointer}/expires",
                t(
                    "the waiver of {rule} expired on {expires}, so it covers nothing",
                    rule=waiver.rule,
                    expires=waiver.expires.isoformat(),
                ),
                t("renew it with a new `expires` date if the exception still holds, or remove it"),
            )


def _exists(data: Any, pointer: str) -> bool:
    """Whether a JSON pointer leads to something in the file's data."""
    node = data
    for part in parse_pointer(pointer):
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            return False
    return True


def _suggest(applies_to: str, model: AnyModel) -> str:
    if applies_to.startswith("/"):
        return ""
    name = applies_to.partition("/")[0]
    known = named_pointers(model)
    return "" if name in known else did_you_mean(name, known, most=1)
