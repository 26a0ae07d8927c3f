"""'Did you mean ...?' for ids, rule names and keys that almost match: the one place that asks difflib.

Comparing a name with n known names costs n difflib ratios (about 10 µs each), so a file with
many broken references, each compared with many ids, would cost their product: a 1.1 MB plan
with 88 unknown criterion references among 1,650 criteria took 1.7 s, and thousands of them
would take minutes. The rules of one file therefore share a budget of comparisons
(`suggestion_budget`, which the engine opens around each file's rules); once it is spent, the
findings are still made, only without a suggestion. `tfi check` lists 100 findings a file.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from .i18n import t

# 10,000 comparisons: at most 0.2 s (similar ids cost about 20 µs each); a real plan (at most a few
# hundred ids) with 100 findings that suggest a name stays well inside it.
SUGGESTION_BUDGET = 10_000

# The comparisons left in the budget now open; None outside one (no limit).
_comparisons_left: ContextVar[list[int] | None] = ContextVar("tfi_suggestion_budget", default=None)


@contextmanager
def suggestion_budget(comparisons: int = SUGGESTION_BUDGET) -> Iterator[None]:
    """Within this block, `close_matches` compares at most `comparisons` names in all."""
    token = _comparisons_left.set([comparisons])
    try:
        yield
    finally:
        _comparisons_left.reset(token)


def close_matches(wanted: str, known: Iterable[str], most: int = 1, cutoff: float = 0.6) -> list[str]:
    """Up to `most` names of `known` that are close to `wanted`, the closest first; none when comparing
    them all would overspend the budget now open."""
    names = sorted(known)
    left = _comparisons_left.get()
    if left is not None:
        if len(names) > left[0]:
            return []
        left[0] -= len(names)
    import difflib  # here: only a name that does not match needs it, and a clean check has none

    return difflib.get_close_matches(wanted, names, n=most, cutoff=cutoff)


def suggestion(names: list[str]) -> str:
    """ "; did you mean 'a' or 'b'?" for the names given, or "" when there are none."""
    return t("; did you mean {names}?", names=f" {t('or')} ".join(repr(name) for name in names)) if names else ""


def did_you_mean(wanted: str, known: Iterable[str], most: int = 3) -> str:
    """ "; did you mean 'a' or 'b'?" for up to `most` close names, or "" when none is close."""
    return suggestion(close_matches(wanted, known, most))
