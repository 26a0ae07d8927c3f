"""Showing exact numbers the way people write them, in the language in use.

English writes 54.4 and 1,000,000 kr.; Danish writes 54,4 and 1.000.000 kr.
Numbers are never rounded here unless they are fractions with no exact decimal.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from typing import Literal

from .i18n import language

Unit = Literal["percent", "count", "kr", "mio_kr"]
"""What a number measures: a share in per cent, a count, or an amount in (millions of) kroner."""

UNIT_SYMBOLS: dict[str, str] = {"percent": "%", "count": "", "kr": "kr.", "mio_kr": "mio. kr."}
"""How each unit is written after a number, the same in English and Danish; a count has no symbol."""


def unit_suffix(unit: str | None) -> str:
    """What follows a number of `unit`: " %", " kr.", " mio. kr."; nothing for a count or no unit."""
    symbol = UNIT_SYMBOLS.get(unit or "", "")
    return f" {symbol}" if symbol else ""

# Danish groups thousands from five digits on (10.000), as Retskrivningsordbogen
# allows and the seeds do; kroner are grouped from four (1.000 kr.).
_DANISH_GROUPING_FROM_DIGITS = 5


def plain_number(value: Decimal | int | Fraction, *, as_written: bool = False) -> str:
    """The number in machine form, whatever the language: `Decimal("1.50")` → "1.5",
    `Decimal("4.0")` → "4", `Decimal("1E+1")` → "10"; never exponents.

    With `as_written`, a number keeps the decimals it was written with ("54.40"),
    as the seed documents print it. For JSON, CSV and anything a program reads.
    """
    if isinstance(value, Fraction):
        if value.denominator == 1:
            return str(value.numerator)
        value = Decimal(value.numerator) / Decimal(value.denominator)
        value = value.quantize(Decimal("0.01")) if abs(value) >= 1 else value.quantize(Decimal("0.0001"))
    if isinstance(value, int):
        return str(value)
    if as_written and value.as_tuple().exponent <= 0:  # type: ignore[operator]
        return format(value, "f")
    return format(value.normalize(), "f")


def format_number(value: Decimal | int | Fraction, *, as_written: bool = False) -> str:
    """The number for people, in the language in use: "54.4" in English, "54,4" in Danish."""
    text = plain_number(value, as_written=as_written)
    if language() != "da":
        return text
    whole, dot, decimals = text.partition(".")
    if len(whole.lstrip("-")) >= _DANISH_GROUPING_FROM_DIGITS:
        whole = _grouped(whole, ".")
    return whole + ("," + decimals if dot else "")


def format_sum(values: list[Decimal]) -> str:
    return " + ".join(format_number(value) for value in values) if values else "0"


def format_kroner(value: Decimal, unit: str = "kr") -> str:
    """An amount of money, exact and never rounded: `50000` → "50,000 kr." in English and
    "50.000 kr." in Danish; `Decimal("2.5")` in mio_kr → "2.5 mio. kr." / "2,5 mio. kr."."""
    danish = language() == "da"
    whole, _, decimals = plain_number(abs(value)).partition(".")
    amount = _grouped(whole, "." if danish else ",") + (("," if danish else ".") + decimals if decimals else "")
    sign = "-" if value < 0 else ""
    return f"{sign}{amount} {UNIT_SYMBOLS['mio_kr' if unit == 'mio_kr' else 'kr']}"


def _grouped(digits: str, separator: str) -> str:
    sign = "-" if digits.startswith("-") else ""
    digits = digits.lstrip("-")
    groups: list[str] = []
    while len(digits) > 3:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    groups.insert(0, digits)
    return sign + separator.join(groups)
