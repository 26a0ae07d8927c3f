"""The headings a results sheet may have, in Danish or English, and the field each fills.

README.md ("Results from spreadsheets") lists them; a heading not listed here is refused
(a misspelt heading must not make its column vanish).
"""

from __future__ import annotations

HEADINGS: dict[str, tuple[str, ...]] = {
    # field of a measurement: the headings that name it (English first, then Danish)
    "id": ("id",),
    "criterion": ("criterion", "kriterium", "succeskriterium"),
    "indicator": ("indicator", "indikator"),
    "value": ("value", "værdi"),
    "numerator": ("numerator", "tæller"),
    "denominator": ("denominator", "nævner"),
    "unit": ("unit", "enhed"),
    "date": ("date", "period", "dato", "periode"),
    "source": ("source", "kilde"),
    "method": ("method", "metode"),
    "text": ("text", "tekst"),
    "counted": ("counted", "optalt"),
    "done": ("done", "udført"),
    "assessment": ("assessment", "vurdering"),
    "note": ("note", "bemærkning"),
}

FIELD_BY_HEADING = {heading: name for name, headings in HEADINGS.items() for heading in headings}

FIGURES = ("value", "numerator", "done", "assessment")
"""A row records at least one of these (a share gives numerator and denominator)."""

UNITS: dict[str, str] = {
    # as written in a unit cell (lower case, spaces squeezed) → the unit of a measurements file
    "percent": "percent",
    "procent": "percent",
    "pct": "percent",
    "pct.": "percent",
    "%": "percent",
    "count": "count",
    "antal": "count",
    "stk": "count",
    "stk.": "count",
    "kr": "kr",
    "kr.": "kr",
    "kroner": "kr",
    "mio_kr": "mio_kr",
    "mio. kr.": "mio_kr",
    "mio. kr": "mio_kr",
    "mio kr": "mio_kr",
    "mio.kr.": "mio_kr",
}

YES = ("yes", "ja", "true", "sand", "1", "x")
NO = ("no", "nej", "false", "falsk", "0")


def normal(heading: str) -> str:
    """A heading as compared: "Værdi " and "VÆRDI:" are both "værdi"."""
    return " ".join(heading.split()).rstrip(":").casefold()
