"""One cell → the value of a measurement's field, exact, or the problem with what to write instead."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from ..i18n import t
from ..numbers import bounds_problem, plain_number
from .columns import NO, UNITS, YES
from .tables import Cell, Convention


@dataclass(frozen=True)
class CellProblem:
    """What is wrong with a cell (or a row, or a heading), and what to write instead."""

    cell: Cell
    message: str
    hint: str = ""

    def line(self) -> str:
        return f"{self.cell.ref}: {self.message}" + ("\n    " + t("hint: {hint}", hint=self.hint) if self.hint else "")


class Refused(Exception):
    def __init__(self, message: str, hint: str) -> None:
        super().__init__(message)
        self.message, self.hint = message, hint


_SPACES = re.compile(r"[\s\u00a0\u202f]+")  # Excel groups thousands with a (non-breaking) space too
_PLAIN = re.compile(r"-?[0-9]+(\.[0-9]+)?")
_DANISH = re.compile(r"-?[0-9]{1,3}(\.[0-9]{3})*(,[0-9]+)?|-?[0-9]+(,[0-9]+)?")
_AMBIGUOUS = re.compile(r"-?[0-9]{1,3}[.,][0-9]{3}")  # one separator and three digits after it
_ENGLISH_GROUPED = re.compile(r"-?[0-9]{1,3}(,[0-9]{3})+(\.[0-9]+)?")
_UNIT_AFTER = re.compile(r"(.*?[0-9])\s*(%|pct\.?|procent|kr\.?|mio\.?\s*kr\.?)$", re.IGNORECASE)


def number(cell: Cell, convention: Convention) -> Decimal:
    """A number cell or a number typed as text, exact and within the bounds every number keeps."""
    value = cell.value
    if isinstance(value, bool):
        raise Refused(t("expected a number, found {found}", found=_shown(cell)), t("write a number such as 4 or 1,5"))
    if isinstance(value, int):
        found = Decimal(value)
    elif isinstance(value, float):
        # A number cell is a binary float. Excel keeps and shows 15 significant digits (its precision
        # limit), so the number the analyst sees is the float to 15 digits: a formula's 0.1 + 0.2 is
        # stored as 0.30000000000000004 and read as 0.3, 72.5 as 72.5, never the float's exact
        # binary expansion (0.1000000000000000055511151231257827…).
        found = Decimal(format(value, ".15g"))
        if not found.is_finite():
            raise Refused(t("expected a number, found {found}", found=_shown(cell)), t("write an ordinary number"))
    elif isinstance(value, Decimal):
        found = value
    else:
        found = _typed_number(str(value), convention)
    problem = bounds_problem(found)
    if problem is not None:
        raise Refused(*problem)
    return found


def _typed_number(text: str, convention: Convention) -> Decimal:
    squeezed = _SPACES.sub("", text)
    unit = _UNIT_AFTER.fullmatch(squeezed)
    if unit:
        written = unit.group(1)
        raise Refused(
            t("expected a number, found {found}", found=repr(text)),
            t(
                "write the number alone ({number}) and its unit in the unit column ({unit})",
                number=written,
                unit=_unit_named(unit.group(2)),
            ),
        )
    read = _read(squeezed, convention)
    if read is None:
        example = "1.5" if convention == "en" else "1,5"
        raise Refused(
            t("expected a number, found {found}", found=repr(text)),
            t(
                "write a number such as 4 or {example} (the original wording belongs in the text column)",
                example=example,
            ),
        )
    return read


def _unit_named(symbol: str) -> str:
    squeezed = symbol.casefold().replace(" ", "")
    return "mio_kr" if squeezed.startswith("mio") else "kr" if squeezed.startswith("kr") else "percent"


def _read(text: str, convention: Convention) -> Decimal | None:
    if convention == "en":
        if _ENGLISH_GROUPED.fullmatch(text):
            text = text.replace(",", "")
        return Decimal(text) if _PLAIN.fullmatch(text) else None
    if convention == "either" and _AMBIGUOUS.fullmatch(text):
        # "1.234" and "1,234" are 1234 to some readers and 1.234 to others: ask rather than guess.
        raise Refused(
            t("the number {found} can be read two ways", found=repr(text)),
            t("make it a number cell: type the figure without quotes or a leading apostrophe"),
        )
    if convention == "either" and _PLAIN.fullmatch(text):
        return Decimal(text)
    if _DANISH.fullmatch(text):
        try:
            return Decimal(text.replace(".", "").replace(",", "."))
        except InvalidOperation:
            return None
    return None


def count(cell: Cell, convention: Convention) -> int:
    """A whole number of things (a numerator or a denominator)."""
    found = number(cell, convention)
    if found != found.to_integral_value() or found < 0:
        raise Refused(
            t("expected a whole number of 0 or more, found {found}", found=_shown(cell)),
            t("write how many, such as 35"),
        )
    return int(found)


def unit(cell: Cell) -> str:
    written = " ".join(str(cell.value).split()).casefold()
    if written in UNITS:
        return UNITS[written]
    raise Refused(
        t("unknown unit {found}", found=repr(str(cell.value))),
        t("write one of: percent (%, pct., procent), count (antal), kr, mio_kr (mio. kr.)"),
    )


def yes_no(cell: Cell) -> bool:
    if isinstance(cell.value, bool):
        return cell.value
    written = str(cell.value).strip().casefold()
    if written in YES:
        return True
    if written in NO:
        return False
    raise Refused(t("expected yes or no, found {found}", found=repr(str(cell.value))), t("write ja or nej (yes or no)"))


def moment(cell: Cell) -> str:
    """A date cell becomes its day (2008-08-31); a year typed as a number stays a year (2008);
    text is passed on for the model to read (2008-08, 2007-H2, 2007-spring)."""
    value = cell.value
    if isinstance(value, datetime):
        if value.time() != datetime.min.time():
            raise Refused(
                t("expected a date, found a time of day ({found})", found=value.isoformat(sep=" ")),
                t("write the day alone, such as 2008-08-31"),
            )
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return str(value).strip()


def text(cell: Cell) -> str:
    """A text field; a number in it is written as the sheet shows it."""
    value = cell.value
    if isinstance(value, float):
        return plain_number(Decimal(format(value, ".15g")))
    if isinstance(value, datetime) and value.time() == datetime.min.time():
        return value.date().isoformat()
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, bool):
        return "ja" if value else "nej"
    # Whitespace is squeezed and control characters dropped: a cell's line breaks and stray
    # control codes (pasted from PDFs) have no place in a one-line YAML text.
    return "".join(char for char in " ".join(str(value).split()) if unicodedata.category(char) != "Cc")


def _shown(cell: Cell) -> str:
    return repr(text(cell)) if isinstance(cell.value, str) else text(cell)
