"""A decision answers its question once, and does not contradict the file it is recorded in.

Why: a decision (`decisions:` on an area or a criterion) is a person's answer
to a question `tfi check` keeps asking, and it silences that question. The
same question answered twice on one criterion leaves a reader to guess which
answer (and which date and note) counts. A decision that contradicts the file
answers a question the file no longer asks: "the source gives this area no
success criteria" on an area that has criteria, "the source does not say how
it is measured" on a criterion with `measured_by` or `indicator`, or
"the reading is confirmed" on a target not read from context (no `inferred:
true`). It is left over from an earlier version, or recorded in the wrong place.

Fails (the area has a criterion, and the decision says the source gives none):

```yaml
areas:
  - id: oevrige-leverancer
    title: Øvrige leverancer
    årsværk: 0.5
    criteria:
      - id: leverancer-gennemfoert
        text: De aftalte leverancer er gennemført.
        target: {kind: done}
        measured_by: report
    decisions:
      - {about: criteria, by: koordinatoren, on: 2026-12-03, note: Afsnit 3.3 har "Mål ./."}
```

Passes (the source gives no criteria, and the decision says so once):

```yaml
areas:
  - id: oevrige-leverancer
    title: Øvrige leverancer
    årsværk: 0.5
    decisions:
      - {about: criteria, by: koordinatoren, on: 2026-12-03, note: Afsnit 3.3 har "Mål ./."}
```
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..findings import Problem, Severity
from ..i18n import t
from ..model.plan import AreaDecision, Criterion, Decision, Plan, is_inferred
from ..numbers import format_number
from .context import Context, iter_criteria

ID = "decisions-valid"
SEVERITY = Severity.WARNING
KINDS = ("plan",)
CROSS_FILE = False  # needs only this file (and the configuration)
AFTER_WAIVERS = False  # runs with the other rules, before waivers are applied


def check(plan: Plan, context: Context) -> Iterator[Problem]:
    for index, area in enumerate(plan.areas):
        pointer = f"/areas/{index}"
        for number, first in _repeated(area.decisions):
            yield Problem(
                f"{pointer}/decisions/{number}/about",
                t(
                    "the area '{area}' records the decision about {about} twice (the first is decision {first})",
                    area=area.id,
                    about=area.decisions[number].about,
                    first=format_number(first + 1),
                ),
                _keep_one(),
            )
        if area.criteria:
            for number, decision in enumerate(area.decisions):
                if decision.about == "criteria":
                    yield Problem(
                        f"{pointer}/decisions/{number}",
                        t(
                            "the area '{area}' has success criteria, but a decision records that the source gives "
                            "it none",
                            area=area.id,
                        ),
                        t(
                            "remove the decision if the criteria are the source's; if the source really gives none, "
                            "remove the criteria"
                        ),
                    )
    for criterion, pointer in iter_criteria(plan):
        for number, first in _repeated(criterion.decisions):
            yield Problem(
                f"{pointer}/decisions/{number}/about",
                t(
                    "the criterion '{criterion}' records the decision about {about} twice "
                    "(the first is decision {first})",
                    criterion=criterion.id,
                    about=criterion.decisions[number].about,
                    first=format_number(first + 1),
                ),
                _keep_one(),
            )
        for number, answer in enumerate(criterion.decisions):
            contradiction = _contradiction(criterion, answer)
            if contradiction is not None:
                yield Problem(f"{pointer}/decisions/{number}", *contradiction)


def _repeated(decisions: Sequence[Decision | AreaDecision]) -> Iterator[tuple[int, int]]:
    """(index, index of the first) of every decision whose question an earlier one already answers."""
    first: dict[str, int] = {}
    for number, decision in enumerate(decisions):
        if decision.about in first:
            yield number, first[decision.about]
        else:
            first[decision.about] = number


def _keep_one() -> str:
    return t("keep one decision for each question; put what the other adds into its `note`")


def _contradiction(criterion: Criterion, decision: Decision) -> tuple[str, str] | None:
    """What a criterion's decision contradicts in the criterion (message, hint), if anything."""
    if decision.about == "measurement" and (criterion.measured_by is not None or criterion.indicator is not None):
        return (
            t(
                "the criterion '{criterion}' says how it is measured, but a decision records that the source "
                "does not say",
                criterion=criterion.id,
            ),
            t("remove the decision if the source says how; otherwise remove `measured_by` or `indicator`"),
        )
    if decision.about == "reading" and not is_inferred(criterion.target):
        return (
            t(
                "the criterion '{criterion}' has no reading read from context, but a decision confirms one",
                criterion=criterion.id,
            ),
            t("remove the decision, or mark the target `inferred: true` if its comparison was read from context"),
        )
    return None
