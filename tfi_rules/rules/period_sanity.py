"""The plan's dates make sense: its period, its mandate's validity, criteria due dates and baselines.

Why: a mistyped year is easy to miss and changes what is judged. The
period must not start after it ends. A plan that spends a mandate's capacity
must lie inside the time the mandate gives capacity (from its first
capacity entry's start, up to the last entry's end if it has one). A
criterion due (`due`) before the plan starts cannot be a target of the plan,
and one due more than 5 years after the plan ends is almost surely a typo.
A change's baseline is where it starts, so it cannot be measured after the
plan's end or after the criterion is due. Moments are read as the stretch
of time they cover: `2008-spring` is March to May 2008, `2010` the whole year.

Fails (the survey is due in spring 2007, before the plan starts on 1 July 2007):

```yaml
period: {start: 2007-07-01, end: 2007-12-31}
areas:
  - id: forvaltninger
    title: Facilitering
    criteria:
      - id: tilfredshed
        text: Første survey gennemføres i foråret 2008.
        target: {kind: at_least, value: 75, unit: percent}
        due: 2007-spring
```

Passes:

```yaml
period: {start: 2007-07-01, end: 2007-12-31}
areas:
  - id: forvaltninger
    title: Facilitering
    criteria:
      - id: tilfredshed
        text: Første survey gennemføres i foråret 2008.
        target: {kind: at_least, value: 75, unit: percent}
        due: 2008-spring
```
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from ..findings import Problem, Severity
from ..i18n import t
from ..model.plan import Change, Plan
from ..model.types import moment_interval
from ..numbers import format_number
from .context import Context, iter_criteria

ID = "period-sanity"
SEVERITY = Severity.ERROR
KINDS = ("plan",)
CROSS_FILE = True  # reads other files (mandates, ids, criteria) from the context
AFTER_WAIVERS = False  # runs with the other rules, before waivers are applied

YEARS_AFTER_END = 5
"""A criterion due later than this many years after the plan ends is reported."""


def years_after(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February in a year that has none
        return day.replace(year=day.year + years, day=28)


def _interval(moment: str) -> tuple[date, date] | None:
    try:
        return moment_interval(moment)
    except ValueError:
        return None  # the schema accepts only valid moments; never raise on one


def check(plan: Plan, context: Context) -> Iterator[Problem]:
    start, end = plan.period.start, plan.period.end
    if start > end:
        yield Problem(
            "/period/end",
            t("the plan's period ends on {end}, before it starts on {start}", end=end, start=start),
            t("check the years and the order: `period: {start: <first day>, end: <last day>}`"),
        )
        return  # nothing else can be compared with a period that is the wrong way round
    yield from _mandate_validity(plan, context)
    yield from _criteria_dates(plan)


def _mandate_validity(plan: Plan, context: Context) -> Iterator[Problem]:
    mandate = context.mandates.get(plan.mandate) if plan.mandate else None
    if mandate is None:
        return  # no mandate, or an unknown one (mandate-reference reports that)
    first = min(entry.start for entry in mandate.capacity)
    last = max(mandate.capacity, key=lambda entry: entry.start)
    if plan.period.start < first:
        yield Problem(
            "/period/start",
            t(
                "the plan starts on {start}, before the mandate {mandate} gives any capacity (from {first})",
                start=plan.period.start,
                mandate=mandate.id,
                first=first,
            ),
            t("check the plan's start, or name the mandate in force then"),
        )
    if last.end is not None and plan.period.end > last.end:
        yield Problem(
            "/period/end",
            t(
                "the plan ends on {end}, after the mandate {mandate} stops giving capacity ({last})",
                end=plan.period.end,
                mandate=mandate.id,
                last=last.end,
            ),
            t("check the plan's end, or bring the mandate file up to date with the decision that extended it"),
        )


def _criteria_dates(plan: Plan) -> Iterator[Problem]:
    start, end = plan.period.start, plan.period.end
    latest = years_after(end, YEARS_AFTER_END)
    for criterion, pointer in iter_criteria(plan):
        due = _interval(criterion.due) if criterion.due is not None else None
        if due is not None:
            if due[1] < start:
                yield Problem(
                    f"{pointer}/due",
                    t(
                        "{criterion} is due {due} (by {by}), before the plan starts on {start}",
                        criterion=criterion.id,
                        due=criterion.due,
                        by=due[1],
                        start=start,
                    ),
                    t("check the year of `due`; a target met before the plan starts is not the plan's target"),
                )
            elif due[0] > latest:
                yield Problem(
                    f"{pointer}/due",
                    t(
                        "{criterion} is due {due}, more than {years} years after the plan ends on {end}",
                        criterion=criterion.id,
                        due=criterion.due,
                        years=format_number(YEARS_AFTER_END),
                        end=end,
                    ),
                    t("check the year of `due`"),
                )
        target = criterion.target
        if isinstance(target, Change) and target.baseline is not None and target.baseline.date is not None:
            baseline = _interval(target.baseline.date)
            if baseline is None:
                continue
            if baseline[0] > end:
                yield Problem(
                    f"{pointer}/target/baseline/date",
                    t(
                        "{criterion}'s baseline is from {baseline}, after the plan ends on {end}",
                        criterion=criterion.id,
                        baseline=target.baseline.date,
                        end=end,
                    ),
                    t("a baseline is measured before the change it starts; check its date"),
                )
            elif due is not None and baseline[0] > due[1]:
                yield Problem(
                    f"{pointer}/target/baseline/date",
                    t(
                        "{criterion}'s baseline is from {baseline}, after the criterion is due ({due})",
                        criterion=criterion.id,
                        baseline=target.baseline.date,
                        due=criterion.due,
                    ),
                    t("a baseline is measured before the change it starts; check its date and `due`"),
                )
