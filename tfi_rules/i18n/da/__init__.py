"""Danish: every message `tfi` gives, keyed by its English text.

One module per part of the program, merged here; `tests/test_i18n.py` checks
that every `t("...")` in the code has its Danish text, that the Danish text
fills in the same fields, and that no entry is left over once its English
message is gone. Plan data (titles, criteria) is Danish already and is never
translated.
"""

from __future__ import annotations

from . import files, output, report, rules

PARTS = (rules, files, output, report)
from . import sheets  # noqa: E402  (tfi measurements import; kept apart so that merges stay clean)

PARTS = (*PARTS, sheets)  # type: ignore[assignment]

MESSAGES: dict[str, str] = {}
for _part in PARTS:
    MESSAGES.update(_part.MESSAGES)
