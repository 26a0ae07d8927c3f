"""Danish: every message `tfi` gives, keyed by its English text.

One module per part of the program, merged here; `tests/test_i18n.py` checks
that every `t("...")` in the code has its Danish text, that the Danish text
fills in the same fields, and that no entry is left over once its English
message is gone. Plan data (titles, criteria) is Danish already and is never
translated.
"""

from __future__ import annotations

from . import comparable, diff, files, output, report, rules, setup, sheets

PARTS = (rules, files, output, report, setup, sheets, diff, comparable)

MESSAGES: dict[str, str] = {}
for _part in PARTS:
    MESSAGES.update(_part.MESSAGES)
