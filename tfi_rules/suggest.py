"""'Did you mean ...?' for ids, rule names and keys that almost match."""

from __future__ import annotations

import difflib
from collections.abc import Iterable

from .i18n import t


def did_you_mean(wanted: str, known: Iterable[str]) -> str:
    """"; did you mean 'a' or 'b'?" for up to three close names, or "" when none is close."""
    close = difflib.get_close_matches(wanted, sorted(known), n=3, cutoff=0.6)
    return t("; did you mean {names}?", names=f" {t('or')} ".join(repr(name) for name in close)) if close else ""
