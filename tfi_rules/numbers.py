"""Showing exact numbers the way people write them."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction


def format_number(value: Decimal | int | Fraction, *, as_written: bool = False) -> str:
    """`Decimal("1.50")` → "1.5", `Decimal("4.0")` → "4", `Decimal("1E+1")` → "10"; never exponents.

    With `as_written`, a number keeps the decimals it was written with ("54.40"),
    as the seed documents print it.
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


def format_sum(values: list[Decimal]) -> str:
    return " + ".join(format_number(value) for value in values) if values else "0"


def format_kroner(value: Decimal, unit: str = "kr") -> str:
    """An amount of money the Danish way, as budgets print it: `50000` → "50.000 kr.",
    `Decimal("2.5")` in mio_kr → "2,5 mio. kr."; exact, never rounded."""
    whole, _, decimals = format_number(abs(value)).partition(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    sign = "-" if value < 0 else ""
    amount = ".".join(groups) + (f",{decimals}" if decimals else "")
    return f"{sign}{amount} {'mio. kr.' if unit == 'mio_kr' else 'kr.'}"
