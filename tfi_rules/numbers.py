"""Exact numbers: the bounds every number read from a file keeps, and showing them the way
people write them, in the language in use.

English writes 54.4 and 1,000,000 kr.; Danish writes 54,4 and 1.000.000 kr.
Numbers are never rounded here unless they are fractions with no exact decimal.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from typing import Literal

from .i18n import language, t

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


# --- bounds on every number read from a plan, mandate or measurement file ----------------

LARGEST_NUMBER = 10**12
"""No number read from a file is further from zero than this (1,000,000,000,000).

The largest figures in the seeds are 224 mio. kr. (seed 004, 224,000,000 in kroner) and
6,105,606 kr.; a million million kroner is more than any municipal budget written in
kroner. Within the bounds a number has at most 13 + 6 = 19 digits, so sums of up to a
billion of them are exact at Decimal's default 28 digits, and none prints as a wall of
digits (`1e309` was printed with 310).
"""

_LARGEST = Decimal(LARGEST_NUMBER)

MOST_DECIMALS = 6
"""No number read from a file has more decimals than this.

The seeds write at most 2 (97.22 %, 54.40 pct.); 6 holds an amount in mio. kr. to the
krone (6.105606) and a third of an årsværk as 0.333333. Unbounded, `1e-999999999`
made `tfi check` write out a billion zeros.
"""


def decimals(value: Decimal | int) -> int:
    """How many decimals a number is written with: `Decimal("54.40")` → 2, `Decimal("1E+3")` → 0."""
    if isinstance(value, int):
        return 0
    exponent = value.as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


def bounds_problem(value: Decimal | int, written: str | None = None) -> tuple[str, str] | None:
    """(message, hint) if a finite number is beyond the bounds above, else None.

    `written` is the number as the file has it (`1e1000000`, not a million digits; by
    default the number's own digits), shown shortened if it is long. Cheap on any input:
    never expands an exponent.
    """
    # Called for every number of every file: comparisons are exact and cheap, even for 1e1000000.
    if isinstance(value, int):
        if -LARGEST_NUMBER <= value <= LARGEST_NUMBER:
            return None
        too_large, places = True, 0
    else:
        too_large = not -_LARGEST <= value <= _LARGEST
        places = decimals(value)
        if not too_large and places <= MOST_DECIMALS:
            return None
    if written is None:
        written = str(value if isinstance(value, Decimal) else Decimal(value))
    if too_large:
        negative = value < 0 if isinstance(value, int) else value.is_signed()
        return (
            t("the number {number} is too small: {rule}", number=shortened(written), rule=bounds_rule())
            if negative
            else t("the number {number} is too large: {rule}", number=shortened(written), rule=bounds_rule()),
            t(
                "check the figure against the source (an amount can be written in millions, with `unit: mio_kr`); "
                "put it in quotes if it is text"
            ),
        )
    return (
        t(
            "the number {number} has {count} decimals: {rule}",
            number=shortened(written),
            count=format_count(places),
            rule=bounds_rule(),
        ),
        t(
            "round it to {most} decimals or fewer (a third is 0.333333); put it in quotes if it is text",
            most=MOST_DECIMALS,
        ),
    )


def bounds_rule() -> str:
    """The bounds in words, for a message that refuses a number."""
    return t(
        "numbers lie between -{largest} and {largest} and have at most {most} decimals",
        largest=format_count(LARGEST_NUMBER),
        most=MOST_DECIMALS,
    )


def shortened(written: str) -> str:
    """A number as written, cut in the middle if it is long: "1000000000…0000000000 (4,300 characters)"."""
    if len(written) <= 30:
        return written
    return t(
        "{start}…{end} ({count} characters)", start=written[:10], end=written[-10:], count=format_count(len(written))
    )


def format_count(count: int) -> str:
    """A count of things for people: 2,097,152 in English, 2.097.152 in Danish (4300 stays 4300)."""
    return format_number(count) if language() == "da" else f"{count:,}"
