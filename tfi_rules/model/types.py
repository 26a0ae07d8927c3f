"""Field types shared by the three kinds of file: exact numbers, dates, ids.

Each type is a converter with its own JSON Schema (`fields.Converter`): `build.py` runs it, and the
pydantic twins run it and render the schema, so the schemas in `schemas/` and the model agree by
construction. Where people type
something understandable but wrong (`1,5`, `75 %`, `25.06.07`), the error
carries a `hint` saying what to write instead.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterable
from datetime import date
from decimal import Decimal
from typing import Annotated, Any, TypeVar

from ..i18n import t
from ..numbers import LARGEST_NUMBER, bounds_problem
from .fields import Converter, Invalid, InvalidLevels

__all__ = [
    "Number",
    "NonNegativeNumber",
    "Count",
    "Day",
    "Moment",
    "Id",
    "Text",
    "moment_interval",
    "number_hint",
    "invalid",
    "refuse_negative_counts",
    "counts_not_negative_schema",
]


def invalid(kind: str, message: str, hint: str) -> Invalid:
    """A validation error with our own message and hint, already in the language in use.

    The message is whole (its fields filled in by `t()`); the pydantic twins carry it in the error's
    context, and `validation.py` reads it from there, so pydantic never fills in braces a user's value
    happens to contain.
    """
    return Invalid(kind, message, hint)


def _number_error(value: Any, hint: str) -> Invalid:
    return invalid("tfi_number", t("expected a number, found {found}", found=describe_value(value)), hint)


def describe_value(value: Any) -> str:
    """A value as a message names it: "the text '1,5'", "a list", "nothing (an empty value)".

    The value itself is shown as written (`1.5`, never `1,5`): it is what the user typed.
    """
    if isinstance(value, str):
        return t("the text {text}", text=repr(value))
    if isinstance(value, bool):
        return t("the yes/no value {value}", value=str(value).lower())
    if value is None:
        return t("nothing (an empty value)")
    if isinstance(value, list):
        return t("a list")
    if isinstance(value, dict):
        return t("a mapping")
    if isinstance(value, (int, Decimal)):
        return t("the number {number}", number=value)
    return repr(value)


_FRACTIONS = {"½": "0.5", "¼": "0.25", "¾": "0.75"}


def number_hint(text: str) -> str:
    """What to write instead of a number typed as text, in the user's terms.

    The number suggested is YAML, so it keeps its decimal point in every language.
    """
    stripped = text.strip()
    for glyph, decimal_part in _FRACTIONS.items():
        if stripped.endswith(glyph):
            whole = stripped[: -len(glyph)].strip() or "0"
            if whole.isdigit():
                return t(
                    "write {number} (a decimal point, no fraction sign)", number=Decimal(whole) + Decimal(decimal_part)
                )
    percent = re.fullmatch(r"([0-9.,]+)\s*(%|pct\.?|procent)", stripped, re.IGNORECASE)
    if percent:
        return t(
            "write the number alone, {number}, and put the unit in `unit: percent`",
            number=_danish_to_point(percent.group(1)),
        )
    if re.fullmatch(r"-?[0-9]{1,3}(\.[0-9]{3})+(,[0-9]+)?", stripped):
        return t("write {number} (no thousands separators; a point before decimals)", number=_danish_to_point(stripped))
    if re.fullmatch(r"-?[0-9]+,[0-9]+", stripped):
        return t("write {number} (a decimal point, not a comma)", number=stripped.replace(",", "."))
    if re.fullmatch(r"-?[0-9]+(\.[0-9]+)?", stripped):
        return t("write {number} without quotes, so that it is read as a number", number=stripped)
    mio = re.fullmatch(r"([0-9.,]+)\s*mio\.?(\s*kr\.?)?", stripped, re.IGNORECASE)
    if mio:
        return t("write the amount in full, without 'mio.' (keep the original wording in `text`)")
    return t("write a number such as 4 or 1.5; keep the original wording in the `text` field")


def _danish_to_point(text: str) -> str:
    """`6.105.606` → `6105606`; `54,40` → `54.40`."""
    if "," in text:
        return text.replace(".", "").replace(",", ".")
    if re.fullmatch(r"[0-9]{1,3}(\.[0-9]{3})+", text):
        return text.replace(".", "")
    return text


def _exact_number(value: Any) -> Decimal:
    # The loader reads YAML floats as Decimal from their text, so numbers stay exact;
    # Python floats only reach here from code, and str() keeps their shortest form.
    if isinstance(value, bool):
        raise _number_error(value, t("write a number such as 4 or 1.5"))
    if isinstance(value, int):
        return Decimal(_bounded(value))
    if isinstance(value, float):
        value = Decimal(str(value))
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise invalid(
                "tfi_number_finite",
                t("expected a finite number, found {found}", found=value),
                t("write an ordinary number; .nan and .inf are not amounts"),
            )
        return _bounded(value)
    if isinstance(value, str):
        raise _number_error(value, number_hint(value))
    raise _number_error(value, t("write a number such as 4 or 1.5"))


_N = TypeVar("_N", Decimal, int)


def _bounded(number: _N) -> _N:
    # The loader refuses such numbers in files (`yaml-number`); this keeps the bounds for
    # data that comes from code (e.g. Python floats such as 1e308).
    problem = bounds_problem(number)
    if problem is not None:
        raise invalid("tfi_number_bounds", *problem)
    return number


def _non_negative(value: Any) -> Decimal:
    number = _exact_number(value)
    if number < 0:
        raise invalid(
            "tfi_negative", t("expected zero or more, found {found}", found=number), t("write a number of 0 or more")
        )
    return number


def _count(value: Any) -> int:
    number = _non_negative(value)
    if number != number.to_integral_value():
        raise invalid(
            "tfi_count", t("expected a whole number, found {found}", found=number), t("write a whole number such as 35")
        )
    return int(number)


# The decimals bound (MOST_DECIMALS) has no JSON Schema form that validators agree on:
# `multipleOf: 0.000001` fails 0.1 in those that divide binary floats.
Number = Annotated[
    Decimal, Converter(_exact_number, {"type": "number", "minimum": -LARGEST_NUMBER, "maximum": LARGEST_NUMBER})
]
"""An exact decimal number: read from the YAML text, never through a float; within the bounds of `tfi_rules.numbers`."""

NonNegativeNumber = Annotated[
    Decimal, Converter(_non_negative, {"type": "number", "minimum": 0, "maximum": LARGEST_NUMBER})
]
Count = Annotated[int, Converter(_count, {"type": "integer", "minimum": 0, "maximum": LARGEST_NUMBER})]


Level = tuple[tuple[str | int, ...], Decimal | None]
"""A number of a target or measurement and where it stands in the model: (("baseline", "value"), 54.4)."""


def refuse_negative_counts(unit: str | None, levels: Iterable[Level]) -> None:
    """In `unit: count`, every level is zero or more; each one below zero is an error at its own key.

    A count below zero is a typing error ("minimum 30 restauranter" written `value: -1`);
    a fall in a count is a `change` target with `direction: decrease`.
    """
    if unit != "count":
        return
    errors = [
        (
            loc,
            invalid(
                "tfi_negative_count",
                t("a count is zero or more, found {found}", found=value),
                t(
                    "write the number the wording gives; a fall in a count is a `change` target "
                    "with `direction: decrease`"
                ),
            ),
            value,
        )
        for loc, value in levels
        if value is not None and value < 0
    ]
    if errors:
        # Raised from a record's `check_values`: each error is put under the record's own place.
        raise InvalidLevels(errors)


def counts_not_negative_schema(*shape: tuple[str, ...]) -> Callable[[dict[str, Any], Any], None]:
    """The JSON Schema of `refuse_negative_counts`: with `unit: count`, the numbers at these keys are at least 0.

    `("baseline", "value")` reaches into a nested mapping; a key the model does not have is left out.
    """

    def extra(schema: dict[str, Any], model: Any) -> None:
        then: dict[str, Any] = {}
        for path in shape:
            if path[0] not in schema.get("properties", {}):
                continue
            node = then
            for key in path[:-1]:
                node = node.setdefault("properties", {}).setdefault(
                    key, {"description": "With `unit: count`: its numbers are zero or more."}
                )
            node.setdefault("properties", {})[path[-1]] = {
                "minimum": 0,
                "description": "With `unit: count`: zero or more.",
            }
        schema["if"] = {
            "properties": {"unit": {"const": "count", "description": "When the unit is count."}},
            "required": ["unit"],
        }
        schema["then"] = then

    return extra


_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_DANISH_DAY = re.compile(r"([0-9]{1,2})[./-]([0-9]{1,2})[./-]([0-9]{2}|[0-9]{4})")


def _day_hint(text: str) -> str:
    danish = _DANISH_DAY.fullmatch(text.strip())
    if danish:
        day, month, year = danish.groups()
        if len(year) == 2:
            # The seeds are from 2006–2011; a two-digit year is read in this century.
            year = "20" + year
        return t("write the date as year-month-day: {day}", day=f"{year}-{int(month):02d}-{int(day):02d}")
    return t("write the date as year-month-day, e.g. 2007-06-25")


def _day(value: Any) -> date:
    if isinstance(value, date):
        return value
    if isinstance(value, str) and _ISO_DAY.fullmatch(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise invalid(
                "tfi_date",
                t("'{found}' is not a date in the calendar", found=value),
                t("check the month (01–12) and the day of the month"),
            ) from None
    raise invalid(
        "tfi_date",
        t("expected a date (year-month-day), found {found}", found=describe_value(value)),
        _day_hint(value) if isinstance(value, str) else _day_hint(""),
    )


Day = Annotated[date, Converter(_day, {"type": "string", "format": "date"})]
"""A calendar day written as YYYY-MM-DD (kept as text by the loader)."""


_MOMENT = re.compile(
    r"(?P<year>[0-9]{4})"
    r"(?:-(?:(?P<month>0[1-9]|1[0-2])(?:-(?P<day>[0-9]{2}))?"
    r"|(?P<half>H[12])|(?P<quarter>Q[1-4])|(?P<season>spring|summer|autumn)))?"
)
MOMENT_PATTERN = r"^[0-9]{4}(-((0[1-9]|1[0-2])(-[0-9]{2})?|H[12]|Q[1-4]|spring|summer|autumn))?$"
_SEASON_MONTHS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11)}


def moment_interval(text: str) -> tuple[date, date]:
    """The first and last day a moment such as `2008`, `2008-08`, `2007-spring` covers."""
    match = _MOMENT.fullmatch(text)
    if not match:
        raise ValueError(f"not a moment: {text!r}")
    year = int(match["year"])
    if match["day"]:
        day = date.fromisoformat(text)
        return day, day
    if match["month"]:
        first_month = last_month = int(match["month"])
    elif match["half"]:
        first_month, last_month = (1, 6) if match["half"] == "H1" else (7, 12)
    elif match["quarter"]:
        quarter = int(match["quarter"][1])
        first_month, last_month = 3 * quarter - 2, 3 * quarter
    elif match["season"]:
        first_month, last_month = _SEASON_MONTHS[match["season"]]
    else:
        first_month, last_month = 1, 12
    last_day = calendar.monthrange(year, last_month)[1]
    return date(year, first_month, 1), date(year, last_month, last_day)


def _moment(value: Any) -> str:
    if isinstance(value, int) and not isinstance(value, bool) and 1000 <= value <= 9999:
        return str(value)  # `due: 2010` is a year; accept it unquoted
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str):
        try:
            moment_interval(value)
            return value
        except ValueError:
            pass
    if isinstance(value, str) and _DANISH_DAY.fullmatch(value.strip()):
        hint = _day_hint(value)
    else:
        hint = t(
            "write a day (2008-08-31), a month (2008-08), a year (2010), a half (2007-H2), "
            "a quarter (2009-Q1) or a season (2007-spring)"
        )
    raise invalid("tfi_moment", t("expected a date or period, found {found}", found=describe_value(value)), hint)


Moment = Annotated[
    str,
    Converter(
        _moment,
        {
            "anyOf": [
                {"type": "string", "pattern": MOMENT_PATTERN},
                {"type": "integer", "minimum": 1000, "maximum": 9999},
            ]
        },
    ),
]
"""A point or stretch of time as precise as the source says: `2008-08`, `2010`, `2007-spring`."""


ID_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
_ID = re.compile(ID_PATTERN)


def _id(value: Any) -> str:
    if isinstance(value, str) and _ID.fullmatch(value):
        return value
    if isinstance(value, str):
        suggestion = suggest_id(value)
        if suggestion:
            hint = t("ids use lowercase letters a–z, digits and single hyphens; write '{id}'", id=suggestion)
        else:
            hint = t("ids use lowercase letters a–z, digits and single hyphens")
        raise invalid("tfi_id", t("'{found}' is not a valid id", found=value), hint)
    if isinstance(value, int) and not isinstance(value, bool):
        raise invalid(
            "tfi_id",
            t("expected an id (text), found the number {found}", found=value),
            t("write it in quotes: '{value}'", value=value),
        )
    raise invalid(
        "tfi_id",
        t("expected an id, found {found}", found=describe_value(value)),
        t("write an id such as 'intdag-foreninger'"),
    )


_TRANSLITERATION = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "é": "e", "ü": "u", "ö": "oe", "ä": "ae"})


def suggest_id(text: str) -> str:
    """An id made from words: "BIU 201/2006" → "biu-201-2006" (Danish letters spelt out; empty if none are left)."""
    lowered = text.strip().lower().translate(_TRANSLITERATION)
    return "-".join(part for part in re.split(r"[^a-z0-9]+", lowered) if part)


Id = Annotated[str, Converter(_id, {"type": "string", "pattern": ID_PATTERN})]
"""A stable identifier: lowercase ASCII letters, digits and hyphens (`intdag-foreninger`)."""


def _text(value: Any) -> str:
    if isinstance(value, str):
        if not value.strip():
            raise invalid("tfi_text_empty", t("this text is empty"), t("write the wording, or remove the key"))
        return value
    if isinstance(value, bool):
        # YAML 1.1 tools read `yes`/`no`/`on`/`off` as true/false; ours does not, but true/false are.
        hint = t('write the words in quotes, e.g. "{words}"', words=str(value).lower())
    else:
        hint = t("put the text in quotes")
    raise invalid("tfi_text", t("expected text, found {found}", found=describe_value(value)), hint)


Text = Annotated[str, Converter(_text, {"type": "string", "minLength": 1})]
"""Free text, usually the Danish wording of the source."""
