"""'Did you mean ...?' for ids, rule names and keys that almost match: the one place that asks difflib."""

from __future__ import annotations

import difflib
from collections.abc import Iterable

from .i18n import t


def close_matches(wanted: str, known: Iterable[str], most: int = 1, cutoff: float = 0.6) -> list[str]:
    """Up to `most` names of `known` that are close to `wanted`, the closest first."""
    return difflib.get_close_matches(wanted, sorted(known), n=most, cutoff=cutoff)


def suggestion(names: list[str]) -> str:
    """"; did you mean 'a' or 'b'?" for the names given, or "" when there are none."""
    return t("; did you mean {names}?", names=f" {t('or')} ".join(repr(name) for name in names)) if names else ""


def did_you_mean(wanted: str, known: Iterable[str], most: int = 3) -> str:
    """"; did you mean 'a' or 'b'?" for up to `most` close names, or "" when none is close."""
    return suggestion(close_matches(wanted, known, most))
