"""A waiver names a rule that exists, something that is in the file, and has not expired.

Why: a waiver keeps a finding visible but stops it failing the check. A
waiver for a misspelt rule, or for an area, criterion, budget line or
measurement that is not (or no longer) in the file, covers nothing and only
looks like an accepted exception; an expired waiver covers nothing either,
and the finding it used to cover fails the check again. `applies_to` is the id
of an area, criterion, budget line or measurement, a JSON pointer
("/areas/0"), or empty for the whole file.

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

from typing import Any, Iterator

from ..context import Context
from ..findings import Problem, Severity, parse_pointer
from ..i18n import t
from ..suggest import close_names
from ..waivers import named_pointers, waiver_scope

ID = "waiver-valid"
SEVERITY = Severity.ERROR
KINDS = ("plan", "measurements")
CROSS_FILE = False  # needs only this file (and the configuration)


def check(model: Any, context: Context) -> Iterator[Problem]:
    from . import RULES  # the registry imports this module; look it up when checking

    waivers = getattr(model, "waivers", [])
    if not waivers:
        return
    data: Any = None  # the file's data, dumped only if a waiver names a JSON pointer
    for index, waiver in enumerate(waivers):
        pointer = f"/waivers/{index}"
        if waiver.rule not in RULES:
            close = close_names(waiver.rule, RULES, n=1)
            suggestion = t("; did you mean {names}?", names=f"'{close[0]}'") if close else ""
            yield Problem(
                f"{pointer}/rule",
                t("the waiver names the rule '{rule}', which does not exist", rule=waiver.rule) + suggestion,
                t("write the id of a rule as `tfi rules` lists it"),
            )
        scope = waiver_scope(waiver, model)
        named = not waiver.applies_to.strip().startswith("/")  # a named id's pointer exists by construction
        if scope is not None and not named and data is None:
            data = model.model_dump(mode="python")
        if scope is None or not (named or _exists(data, scope)):
            yield Problem(
                f"{pointer}/applies_to",
                t("the waiver applies to '{applies_to}', which names nothing in this file",
                  applies_to=waiver.applies_to)
                + _suggest(waiver.applies_to, model),
                t("write the id of an area, criterion, budget line or measurement in this file, "
                  "a JSON pointer such as /areas/0, or leave `applies_to` out for the whole file"),
            )
        if waiver.expires is not None and waiver.expires < context.today:
            yield Problem(
                f"{pointer}/expires",
                t("the waiver of {rule} expired on {expires}, so it covers nothing",
                  rule=waiver.rule, expires=waiver.expires.isoformat()),
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


def _suggest(applies_to: str, model: Any) -> str:
    if applies_to.startswith("/"):
        return ""
    close = close_names(applies_to, named_pointers(model), n=1)
    return t("; did you mean {names}?", names=f"'{close[0]}'") if close else ""
