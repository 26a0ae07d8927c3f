"""A plan's mandate exists, its core-funded areas state their årsværk, and areas paid from elsewhere say by what.

Why: the capacity a plan must balance against comes from the mandate it
names (`mandate: biu-201-2006`); a misspelt id would leave the plan with
nothing to balance against. In a plan with a mandate, an area paid from the
core capacity without `årsværk` silently counts as nothing, so the balance
would pass with the area's time missing. An area marked
`funding: {source: other}` is left out of the balance, which is right only
when a decision or budget pays for it: name it in `reference`.

Fails (no mandate is called "biu-201-2007", and "Fra Sport til Job" is paid
from elsewhere without saying by what):

```yaml
mandate: biu-201-2007
areas:
  - id: fra-sport-til-job
    title: Projektledelse af "Fra Sport til Job"
    årsværk: 1
    funding: {source: other}
```

Passes:

```yaml
mandate: biu-201-2006
areas:
  - id: fra-sport-til-job
    title: Projektledelse af "Fra Sport til Job"
    årsværk: 1
    funding: {source: other, reference: BIU 19.06.2008 dagsordenspunkt 12}
```
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Problem, Severity
from ..i18n import t
from ..model.plan import Plan
from ..suggest import did_you_mean
from .context import Context

ID = "mandate-reference"
SEVERITY = Severity.ERROR
KINDS = ("plan",)
CROSS_FILE = True  # reads other files (mandates, ids, criteria) from the context
AFTER_WAIVERS = False  # runs with the other rules, before waivers are applied


def check(plan: Plan, context: Context) -> Iterator[Problem]:
    if plan.mandate is not None and plan.mandate not in context.mandates:
        known = sorted(context.mandates)
        where = t("the mandates are {mandates}", mandates=", ".join(known)) if known else t("no mandate file was found")
        yield Problem(
            "/mandate",
            t("the plan names the mandate '{mandate}', which does not exist", mandate=plan.mandate)
            + (did_you_mean(plan.mandate, known) or f" ({where})"),
            t("write the id of a mandate file (kind: mandate), e.g. biu-201-2006"),
        )
    for index, area in enumerate(plan.areas):
        pointer = f"/areas/{index}"
        if area.funding.source == "core" and plan.mandate is not None and area.årsværk is None:
            yield Problem(
                pointer,
                t(
                    "the area '{area}' is paid from the mandate's capacity but states no `årsværk`, "
                    "so the balance counts it as none",
                    area=area.id,
                ),
                t(
                    "add `årsværk:` as the source states it (0 if it has none), "
                    "or mark it `funding: {source: other, reference: ...}`"
                ),
            )
        if area.funding.source == "other" and area.funding.reference is None:
            yield Problem(
                f"{pointer}/funding",
                t("the area '{area}' is paid from elsewhere but does not say by what", area=area.id),
                t("add `reference:` naming the decision or budget that pays, e.g. BIU 19.06.2008 dagsordenspunkt 12"),
            )
