"""'Did you mean ...?' for ids, rule names and keys that almost match.

Comparing a name with n known names costs n difflib ratios (about 10 µs each), so a file with
many broken references, each compared with many ids, would cost their product: a 1.1 MB plan
with 88 unknown criterion references among 1,650 criteria took 1.7 s, and thousands of them
would take minutes. The rules of one file therefore share a budget of comparisons
(`suggestion_budget`, which the engine opens around each file's rules); once it is spent, the
findings are still made, only without a suggestion. `tfi check` lists 100 findings a file.
"""

from __future__ import annotations

import difflib
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from .i18n import t

# 10,000 comparisons: at most 0.2 s (similar ids cost about 20 µs each); a real plan (at most a few hundred ids) with 100 findings
# that suggest a name stays well inside it.
SUGGESTION_BUDGET = 10_000

# The comparisons left in the budget now open; None outside one (no limit).
_comparisons_left: ContextVar[list[int] | None] = ContextVar("tfi_suggestion_budget", default=None)


@contextmanager
def suggestion_budget(comparisons: int = SUGGESTION_BUDGET) -> Iterator[None]:
    """Within this block, `close_names` compares at most `comparisons` names in all."""
    token = _comparisons_left.set([comparisons])
    try:
        yield
    finally:
        _comparisons_left.reset(token)


def close_names(wanted: str, known: Collection[str], n: int = 3, cutoff: float = 0.6) -> list[str]:
    """Up to `n` of the `known` names closest to `wanted` (difflib's ratio at least `cutoff`), best first;
    none when comparing them all would overspend the budget."""
    left = _comparisons_left.get()
    if left is not None:
        if len(known) > left[0]:
            return []
        left[0] -= len(known)
    return difflib.get_close_matches(wanted, sorted(known), n=n, cutoff=cutoff)


def did_you_mean(wanted: str, known: Collection[str]) -> str:
    """"; did you mean 'a' or 'b'?" for up to three close names, or "" when none is close."""
    close = close_names(wanted, known)
    return t("; did you mean {names}?", names=f" {t('or')} ".join(repr(name) for name in close)) if close else ""
