"""`tfi check` pauses the cyclic garbage collector (measured: a fifth faster at 1,000 plans), so
anything the check builds must be freed by reference counting alone. A reference cycle left
behind per file would make memory grow with the number of files (it did: 11,000 closure cycles
at 1,000 plans, from recursive nested functions). The memory figures are in bench/run.py."""

from __future__ import annotations

import gc
from collections import Counter
from pathlib import Path

from tfi_rules.check.pipeline import check_paths
from tfi_rules.config import Config

REPO = Path(__file__).resolve().parents[2]


def test_checking_the_repository_leaves_no_reference_cycles() -> None:
    check_paths([REPO / "plans", REPO / "measurements"], Config())  # first run: imports, caches
    gc.collect()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        result = check_paths([REPO / "plans", REPO / "measurements"], Config())
        gc.collect()
        left = Counter(getattr(obj, "__qualname__", type(obj).__name__) for obj in gc.garbage)
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
    assert result.findings  # the check did its work (the seeds have waived findings)
    assert left == Counter()
