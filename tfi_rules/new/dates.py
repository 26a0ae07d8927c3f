"""Moving a plan's days and moments on by whole years."""

from __future__ import annotations

import re
from datetime import date

_MOMENT_YEAR = re.compile(r"^([0-9]{4})(-.*)?$")


def shift_day(day: date, years: int) -> date:
    """The same day `years` later; 29 February becomes 28 February in a year without one."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def shift_moment(moment: object, years: int) -> object:
    """A due moment (`2008-spring`, `2010`, a date) `years` later; anything else as it was."""
    if isinstance(moment, date):
        return shift_day(moment, years)
    if isinstance(moment, int) and not isinstance(moment, bool):
        return moment + years
    if isinstance(moment, str):
        match = _MOMENT_YEAR.fullmatch(moment)
        if match:
            rest = match.group(2) or ""
            if re.fullmatch(r"-[0-9]{2}-[0-9]{2}", rest):  # a whole day: the calendar decides
                return shift_day(date.fromisoformat(moment), years).isoformat()
            return f"{int(match.group(1)) + years}{rest}"
    return moment
