"""Text from files put into Markdown (a job summary, a pull-request comment) as plain text.

A plan's wording is data: a `|` in it must not open a new column of a table, `*` or `_`
must not start emphasis, `[` a link, and raw HTML (`<script>`, `<img onerror=…>`) must
not pass through to the page. GitHub-flavoured Markdown reads a backslash before any ASCII
punctuation as that character, and an entity (`&lt;`) as the character it names, in table
cells as elsewhere, so escaping those keeps the text exactly as written.
"""

from __future__ import annotations

import re

# Markdown's inline punctuation: code, emphasis, links and images, strikethrough, tables, and the
# backslash itself (escaped first, as part of the same pass). `#`, `-`, `+`, `.` and `)` matter only
# at the start of a line, and `cell` never starts one.
_PUNCTUATION = re.compile(r"([\\`*_\[\]|~!])")
_HTML = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}


def cell(text: str) -> str:
    """`text` as literal Markdown on one line: for a table cell or after a list item's marker."""
    one_line = " ".join(text.split())
    escaped = _PUNCTUATION.sub(r"\\\1", one_line)
    return "".join(_HTML.get(character, character) for character in escaped)


def without_html(text: str) -> str:
    """`text` with `&`, `<` and `>` as entities: Markdown of our own (with its `code`) around plan text,
    where only raw HTML must not pass."""
    return "".join(_HTML.get(character, character) for character in text)
