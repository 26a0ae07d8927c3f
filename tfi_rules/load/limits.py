"""How much the loader reads before it refuses a file as hostile or broken: `Limits` and the fixed bounds.

What each limit refuses, with which rule id, and the measurements behind the defaults (a
node's cost in libyaml, `tfi check`'s time and memory at 20,000 values) are the loader's
contract: `loader`'s docstring.
"""

from __future__ import annotations

from dataclasses import dataclass

from tfi_rules.load.yaml12 import HAVE_LIBYAML


@dataclass(frozen=True)
class Limits:
    """What the loader accepts before it refuses a file as hostile or broken."""

    max_bytes: int = 2 * 1024 * 1024
    max_depth: int = 64
    max_values: int = 20_000

    def __post_init__(self) -> None:
        if self.max_bytes < 1:
            raise ValueError("max_bytes must be at least 1")
        if self.max_values < 1:
            raise ValueError("max_values must be at least 1")
        # libyaml composes recursively in C; deep trees are only safe because the
        # loader proves the depth is below SAFE_COMPOSE_DEPTH before composing.
        if not 1 <= self.max_depth <= _MAX_DEPTH_LIMIT:
            raise ValueError(f"max_depth must be between 1 and {_MAX_DEPTH_LIMIT}")


_MAX_DEPTH_LIMIT = 500 if HAVE_LIBYAML else 100
# Deeper than this, the tree is composed only after an event scan proved it shallow.
# libyaml's composer recurses in C (measured: 10,000 levels fine, 100,000 segfault);
# PyYAML's pure-Python one recurses two frames a level into Python's recursion limit.
SAFE_COMPOSE_DEPTH = 1000 if HAVE_LIBYAML else 200
# Python's own limit for int conversion: converting longer numbers takes quadratic time.
MAX_NUMBER_CHARS = 4300
DEFAULT_LIMITS = Limits()
