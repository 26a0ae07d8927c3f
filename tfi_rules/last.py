"""Keeping the last result: a function's result for the object last asked about, held until the next.

Rules read the same plan one after another: a dozen walk its criteria (`model.walk.criterion_places`),
budget-sums and then budget-rounding read its budget's table (`rules.budget_table.table_of`). Keeping the
last result computes each once a plan (1,000 plans: 2,000 budget tables built before, 1,000 after);
keeping one, not all, holds memory flat however many plans a check streams through.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")


def keep_last(also: Callable[[], Hashable] | None = None) -> Callable[[Callable[[T], R]], Callable[[T], R]]:
    """Decorate a one-argument function so that it keeps its last result: asked again about the same object
    (the same, not an equal one), and with the same `also()` (e.g. the language in use), it returns it."""

    def decorate(compute: Callable[[T], R]) -> Callable[[T], R]:
        last: list[Any] = []  # [the argument, also(), the result]

        @functools.wraps(compute)
        def kept(argument: T) -> R:
            extra = also() if also is not None else None
            if not last or last[0] is not argument or last[1] != extra:
                last[:] = [argument, extra, compute(argument)]
            return last[2]

        return kept

    return decorate
