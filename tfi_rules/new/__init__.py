"""`tfi new plan`: next year's plan from last year's, or a first plan from the mandate.

A new plan keeps what carries over (areas with their årsværk, activities, criteria with their
Danish wording, targets and ids, so `tfi diff` and the verdict follow a criterion across years),
moves the period and due dates on by whole years, and leaves what belongs to one year's document
to a person: its `source:` is emptied, waivers are not carried over (they are listed), and a
comment marks each place to fill in.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from ..i18n import t
from ..model.mandate import Mandate
from .dates import shift_day, shift_moment
from .writing import to_yaml, with_comments

SCHEMA_FROM_PLANS = "../schemas/plan.schema.json"
"""Where the plan schema `tfi init` writes is, seen from `plans/`."""
_YEAR = re.compile(r"(?<![0-9])(19|20)[0-9]{2}(?![0-9])")
# A waiver's reason can be a paragraph: the listing keeps its start (enough to recognise it).
_REASON_SHOWN = 100


class NewPlanError(ValueError):
    """A plan that cannot be made from what was given (a usage error, exit 2)."""


@dataclass
class NewPlan:
    """The new plan's text, and the waivers of the old plan it leaves out (as one line each)."""

    text: str
    waivers_left_out: list[str] = field(default_factory=list)


def next_plan(
    previous: dict[str, Any], previous_name: str, plan_id: str, year: int | None, schema: str = SCHEMA_FROM_PLANS
) -> NewPlan:
    """The plan after `previous` (a valid plan's data, as loaded), for `year` (default: a year later)."""
    start = date.fromisoformat(str(previous["period"]["start"]))
    years = 1 if year is None else year - start.year
    if years < 1:
        raise NewPlanError(t("the new period ({year}) must come after the plan's ({old})", year=year, old=start.year))
    data: dict[str, Any] = {}
    for key, value in previous.items():
        # One year's exceptions and remarks on one year's document; indicators stay declared in the
        # plan that declares them (an indicator is declared once, `plan-id-unique`) and are named by id.
        if key in ("waivers", "notes", "indicators"):
            continue
        data[key] = _carried(key, value, plan_id, years)
    left_out = [_waiver_line(waiver) for waiver in previous.get("waivers") or []]
    old_period = previous["period"]
    comments = {
        "title": [t("fill in: the title of the new plan's document (its years are moved on)")],
        "source": [t("fill in: the document this plan is encoded from: title, case_no, document_no, date")],
        "period": [
            t("check: the period, moved on from {start} – {end}", start=old_period["start"], end=old_period["end"])
        ],
        "areas": [
            t(
                "check: the areas, their årsværk (tfi check balances them against the mandate for the new "
                "period), activities, criteria and targets are last year's; due dates are moved on by "
                "{years} year(s). Change what the new plan changes; keep the ids of what stays.",
                years=years,
            )
        ],
        "budget": [t("fill in: the new budget (the amounts are last year's)")],
    }
    if previous.get("indicators"):
        comments["areas"].append(t("The indicators the criteria name stay declared in {file}.", file=previous_name))
    header = [
        modeline(schema),
        "# "
        + t("Written by `tfi new plan` from {file}; fill in or check each place marked below.", file=previous_name),
    ]
    if left_out:
        header.append(
            "# " + t("Waivers of {file} not carried over (decide again whether each applies):", file=previous_name)
        )
        header.extend(f"#   - {line}" for line in left_out)
    return NewPlan("\n".join(header) + "\n" + with_comments(to_yaml(data), comments), left_out)


def modeline(schema: str) -> str:
    """The comment that tells an editor (yaml-language-server) which schema checks the file."""
    return f"# yaml-language-server: $schema={schema}"


def _carried(key: str, value: Any, plan_id: str, years: int) -> Any:
    if key == "id":
        return plan_id
    if key == "title" and isinstance(value, str):
        return _YEAR.sub(lambda match: str(int(match.group(0)) + years), value)
    if key == "source":
        return {}
    if key == "period":
        return {name: shift_day(date.fromisoformat(str(day)), years).isoformat() for name, day in value.items()}
    if key == "areas":
        return [_area(area, years) for area in value]
    return copy.deepcopy(value)


def _area(area: dict[str, Any], years: int) -> dict[str, Any]:
    moved = copy.deepcopy(area)
    moved["criteria"] = [_criterion(criterion, years) for criterion in area.get("criteria") or []]
    if not moved["criteria"]:
        del moved["criteria"]
    return moved


def _criterion(criterion: dict[str, Any], years: int) -> dict[str, Any]:
    moved: dict[str, Any] = {}
    for key, value in criterion.items():
        if key == "source":  # where last year's document stated it
            continue
        if key == "due":
            moved[key] = _as_written(shift_moment(value, years))
        elif key == "of_which":
            moved[key] = [_criterion(part, years) for part in value]
        else:
            moved[key] = copy.deepcopy(value)
    return moved


def _as_written(moment: object) -> object:
    return moment.isoformat() if isinstance(moment, date) else moment


def _waiver_line(waiver: dict[str, Any]) -> str:
    reason = " ".join(str(waiver.get("reason", "")).split())
    if len(reason) > _REASON_SHOWN:
        reason = reason[: _REASON_SHOWN - 1] + "…"
    applies_to = waiver.get("applies_to")
    where = (", ".join(map(str, applies_to)) if isinstance(applies_to, list) else applies_to) or t("the whole file")
    return f"{waiver.get('rule')} ({where}): {reason}"


def first_plan(mandate: Mandate, plan_id: str, year: int, schema: str = SCHEMA_FROM_PLANS) -> NewPlan:
    """A minimal plan for `year` that balances: one area with all the capacity in force when it starts."""
    start = date(year, 1, 1)
    later_start = [entry.start for entry in mandate.capacity if entry.start.year == year]
    if mandate.capacity_on(start) is None and later_start:
        start = min(later_start)
    capacity = mandate.capacity_on(start)
    if capacity is None:
        raise NewPlanError(
            t(
                "the mandate {mandate} gives no capacity on {day}; give another --period",
                mandate=mandate.id,
                day=start.isoformat(),
            )
        )
    data: dict[str, Any] = {
        "kind": "plan",
        "id": plan_id,
        "title": f"Arbejdsplan {year} for TaskForce Integration",
        "document_kind": "arbejdsplan",
        "mandate": mandate.id,
        "source": {},
        "period": {"start": start.isoformat(), "end": date(year, 12, 31).isoformat()},
        "areas": [
            {"id": "indsatsomraade", "title": "Indsatsområde", "årsværk": capacity.årsværk, "activities": ["Aktivitet"]}
        ],
    }
    comments = {
        "title": [t("fill in: the title of the plan's document")],
        "source": [t("fill in: the document this plan is encoded from: title, case_no, document_no, date")],
        "areas": [
            t(
                "fill in: the focus areas, each with its årsværk (together {capacity}, the mandate's capacity), "
                "activities and criteria with targets",
                capacity=capacity.årsværk,
            )
        ],
    }
    header = [
        modeline(schema),
        "# "
        + t(
            "Written by `tfi new plan` from the mandate {mandate}; fill in each place marked below.", mandate=mandate.id
        ),
    ]
    return NewPlan("\n".join(header) + "\n" + with_comments(to_yaml(data), comments))


def mandate_for(mandates: list[Mandate], chosen: str | None) -> Mandate:
    """The mandate a first plan spends: the one named, or the only one."""
    if chosen is not None:
        for mandate in mandates:
            if mandate.id == chosen:
                return mandate
        raise NewPlanError(
            t(
                "no mandate {mandate} in plans/; the mandates are: {known}",
                mandate=chosen,
                known=", ".join(m.id for m in mandates) or "-",
            )
        )
    if len(mandates) == 1:
        return mandates[0]
    if not mandates:
        raise NewPlanError(t("no mandate in plans/; write one with `tfi init`, or give --from a plan"))
    raise NewPlanError(
        t("several mandates in plans/ ({known}); choose one with --mandate", known=", ".join(m.id for m in mandates))
    )


def read_mandates(plans: Path) -> list[Mandate]:
    """The valid mandates in a plans/ folder."""
    from ..load.discovery import discover
    from ..load.typed import read_typed

    files = discover([plans]).files
    found = []
    for path in files:
        typed, _findings = read_typed(Path(path))
        if typed is not None and isinstance(typed.model, Mandate):
            found.append(typed.model)
    return found
