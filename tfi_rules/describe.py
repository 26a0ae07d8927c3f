"""The wording of targets and measured figures: "≥ 25 projektbesøg", "+10 pp from 54.40 % (2007-spring)",
"35 of 36 = 97.22 %".

Shared by the verdict (its target and actual columns), the diff (a criterion added says
its target) and the report, so that a target reads the same wherever it is shown.
"""

from __future__ import annotations

import re
from decimal import Decimal
from fractions import Fraction

from .i18n import t
from .model.base import Waiver
from .model.measurements import Measurement
from .model.plan import All, AtLeast, AtMost, Change, Criterion, Done, Exactly, Range, ReadingKind
from .numbers import UNIT_SYMBOLS, format_number, unit_suffix

_MOMENT_PARTS = re.compile(
    r"(?P<year>[0-9]{4})(?:-(?P<part>[0-9]{2}|H[12]|Q[1-4]|spring|summer|autumn)(?:-(?P<day>[0-9]{2}))?)?"
)


def moment_label(moment: str) -> str:
    """A moment as a reader of the language in use writes it: "2007-spring" is "forår 2007" in Danish and
    "spring 2007" in English, "2009-H2" "2. halvår 2009", "2008-04" "april 2008". Days and years stay as written."""
    found = _MOMENT_PARTS.fullmatch(moment)
    if found is None or found["part"] is None or found["day"] is not None:
        return moment
    year, part = found["year"], found["part"]
    if part.isdigit():
        return t("{month} {year}", month=_month_name(int(part)), year=year)
    if part.startswith("H"):
        return t("H{number} {year}", number=part[1], year=year)
    if part.startswith("Q"):
        return t("Q{number} {year}", number=part[1], year=year)
    season = {"spring": t("spring"), "summer": t("summer"), "autumn": t("autumn")}[part]
    return t("{season} {year}", season=season, year=year)


def _month_name(month: int) -> str:
    names = [
        t("January"),
        t("February"),
        t("March"),
        t("April"),
        t("May"),
        t("June"),
        t("July"),
        t("August"),
        t("September"),
        t("October"),
        t("November"),
        t("December"),
    ]
    return names[month - 1]


def describe_target(criterion: Criterion) -> str:
    """The target in a few words: "≥ 25 projektbesøg", "+10 pp from 54.40 % (2007-spring)"."""
    target = criterion.target
    unit = _unit_text(getattr(target, "unit", None), getattr(target, "counted", None))
    if isinstance(target, AtLeast):
        return f"≥ {format_number(target.value, as_written=True)}{unit}"
    if isinstance(target, AtMost):
        return f"≤ {format_number(target.value, as_written=True)}{unit}"
    if isinstance(target, Exactly):
        return f"= {format_number(target.value, as_written=True)}{unit}"
    if isinstance(target, Range):
        return f"{format_number(target.min, as_written=True)}–{format_number(target.max, as_written=True)}{unit}"
    if isinstance(target, Change):
        return _describe_change(target, unit)
    if isinstance(target, All):
        return t("all {counted}", counted=target.counted)
    if isinstance(target, Done):
        return t("done")
    return t("qualitative")


def _describe_change(target: Change, unit: str) -> str:
    """ "+10 pp from 54.40 % (2007-spring) to ca. 64.00 %": the step, then where from, then where to.

    Built from phrases, each translated whole, because a change may state any
    of its parts or none (the combinations would be a dozen sentences).
    """
    sign = "+" if target.direction == "increase" else "−"
    if target.by is not None:
        amount = format_number(target.by, as_written=True)
        if target.mode == "percentage_points":
            step = t("{sign}{amount} pp", sign=sign, amount=amount)
        elif target.mode == "relative_percent":
            step = f"{sign}{amount} %"
        else:
            step = t("{sign}{amount} (mode not stated)", sign=sign, amount=amount)
    else:
        step = t("increase") if target.direction == "increase" else t("decrease")
    if target.baseline is not None:
        baseline = format_number(target.baseline.value, as_written=True) + unit
        if target.baseline.date is None:
            step = t("{change} from {baseline} (date not stated)", change=step, baseline=baseline)
        else:
            step = t(
                "{change} from {baseline} ({date})",
                change=step,
                baseline=baseline,
                date=moment_label(target.baseline.date),
            )
    if target.end_level is not None:
        level = format_number(target.end_level, as_written=True) + unit
        if target.approximate:
            step = t("{change} to ca. {level}", change=step, level=level)
        else:
            step = t("{change} to {level}", change=step, level=level)
    if target.readings:  # the levels compared, one per reading: the target compared is the target printed
        levels = [describe_reading(target, reading.kind, unit) for reading in target.readings]
        return t("{change}: {levels}", change=step, levels=t(" or ").join(levels))
    compared = target_level(target)
    if compared is not None and target.end_level is not None and compared != target.end_level:
        return t("{change} (compared: {level})", change=step, level=format_number(compared) + unit)
    return step


def describe_reading(target: Change, kind: ReadingKind, unit: str = "") -> str:
    """One reading's level in words: "44.55 % as a relative change", "ca. 64.00 % as the stated end level"."""
    level = reading_level(target, kind)
    if level is None:
        shown = t("no level")
    elif kind == "end_level":
        shown = format_number(level, as_written=True) + unit
        shown = t("ca. {level}", level=shown) if target.approximate else shown
    elif kind == "percentage_points":
        shown = format_number(level, as_written=True) + unit  # 54.40 + 10 = 64.40, with the baseline's decimals
    else:
        shown = format_number(level) + unit
    return {
        "end_level": t("{level} as the stated end level", level=shown),
        "percentage_points": t("{level} in percentage points", level=shown),
        "relative_percent": t("{level} as a relative change", level=shown),
    }[kind]


def reading_level(target: Change, kind: ReadingKind) -> Decimal | None:
    """The level a reading asks for, exact (decimals: 49.5 reduced by 10 % of itself is 44.55): the stated
    end level, or baseline ± change in points or in per cent of the baseline; None when a number is missing."""
    if kind == "end_level":
        return target.end_level
    if target.by is None or target.baseline is None:
        return None
    base = target.baseline.value
    step = target.by if kind == "percentage_points" else base * target.by / 100
    return base + step if target.direction == "increase" else base - step


def target_level(target: Change) -> Decimal | None:
    """The level a change target without readings asks for: baseline ± change (its mode), else the stated end level."""
    if target.by is not None and target.baseline is not None and target.mode is not None:
        return reading_level(target, target.mode)
    return target.end_level


def _unit_text(unit: str | None, counted: str | None) -> str:
    return unit_suffix(unit) or (f" {counted}" if counted else "")


def actual_value(measurement: Measurement) -> Fraction | None:
    """The measured figure as an exact fraction (a share from numerator/denominator in per cent)."""
    if measurement.value is not None:
        return Fraction(measurement.value)
    if measurement.numerator is not None and measurement.denominator:
        share = Fraction(measurement.numerator, measurement.denominator)
        return share * 100 if measurement.unit in (None, "percent") else share
    return None


def describe_actual(measurement: Measurement) -> str:
    unit = unit_suffix(measurement.unit) if measurement.unit == "percent" else ""  # kroner and counts: the figure alone
    if measurement.numerator is not None and measurement.denominator is not None:
        value = actual_value(measurement)
        shown = t(
            "{numerator} of {denominator}",
            numerator=format_number(measurement.numerator),
            denominator=format_number(measurement.denominator),
        )
        return shown + (f" = {format_number(value)}{unit}" if value is not None else "")
    if measurement.value is not None:
        counted = f" {measurement.counted}" if measurement.counted and not unit else ""
        return f"{format_number(measurement.value, as_written=True)}{unit}{counted}"
    if measurement.done is not None:
        return t("done") if measurement.done else t("not done")
    return measurement.assessment or measurement.text


def unit_name(unit: str) -> str:
    """A unit as people say it: "per cent", "a count"; kroner keep their Danish abbreviations."""
    if unit == "percent":
        return t("per cent")
    if unit == "count":
        return t("a count")
    return UNIT_SYMBOLS[unit]


def waiver_approval(waiver: Waiver) -> str:
    """Who approved a waiver, in the language in use: "approved by BIU 25.06.2007"; where no one did,
    "unapproved: no one has approved this exception (recorded by tfi maintainers)"."""
    if waiver.approved_by:
        return t("approved by {approver}", approver=waiver.approved_by)
    if waiver.recorded_by:
        return t("unapproved: no one has approved this exception (recorded by {recorder})", recorder=waiver.recorded_by)
    return t("unapproved: no one has approved this exception")
