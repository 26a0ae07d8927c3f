"""What is proved before libyaml composes a tree: the depth, no anchors, and the number of values.

libyaml's composer recurses in C and builds every node before we see one, so a hostile
file must be refused from the events (streamed, iterative) or from the text itself:

- `needs_event_scan` rules out, from the characters alone, anchors and a depth unsafe for
  libyaml; when it cannot, `scan_events` walks the events for both (and re-reads the text
  with `yaml_depth` when libyaml stops with an error first).
- `most_values` bounds the number of values from the indicators alone; only when that bound
  exceeds `Limits.max_values` does `value_beyond` count them on the events.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from yaml.error import MarkedYAMLError
from yaml.events import (
    AliasEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
)

from tfi_rules.i18n import t
from tfi_rules.load import yaml12
from tfi_rules.load.limits import SAFE_COMPOSE_DEPTH, Limits
from tfi_rules.load.load_error import LoadError, Mark, error_at, too_deep
from tfi_rules.numbers import format_count

if TYPE_CHECKING:
    # yaml_depth and yaml_errors serve only a file that is refused; imported where they are used, they
    # left every check's start-up (see loader._load).
    from tfi_rules.load.yaml_depth import Opened

# A block collection can only start after indentation and the indicators `- `, `? `,
# `: ` (and `---` or a BOM at a line start); the block depth grows by at most two levels
# per column, so the longest such line prefix bounds it.
_BLOCK_PREFIX_RE = re.compile(r"(?:[ \t\ufeff]|[-?:](?=[ \t]|$)|---|\.\.\.)*")
_AMPERSAND_RE = re.compile(r"&\S")


def needs_event_scan(text: str) -> bool:
    """Whether the cheap checks cannot rule out anchors or a depth unsafe for libyaml."""
    if "&" in text and _may_hold_anchor(text):
        return True
    return _may_nest_deeper_than(text, SAFE_COMPOSE_DEPTH)


def _may_nest_deeper_than(text: str, depth: int) -> bool:
    """False when the text cannot hold more than `depth` nested lists and mappings.

    The bound also holds for libyaml's own count of levels (open brackets plus block
    indentation levels), which can only be lower.
    """
    flow = text.count("[") + text.count("{")
    if flow + 2 * len(text) + 4 < depth:
        return False
    # splitlines() breaks at every libyaml line break (and at characters libyaml refuses).
    lines = text.splitlines()
    longest = max(map(len, lines), default=0)
    if flow + 2 * longest + 4 < depth:
        return False
    # Only a long line can have a long prefix; this is the rare, slower bound.
    shortest_risky = (depth - flow - 4) // 2
    widest = max(
        (len(_BLOCK_PREFIX_RE.match(line).group()) for line in lines if len(line) >= shortest_risky),  # type: ignore[union-attr]
        default=0,
    )
    return flow + 2 * widest + 4 >= depth


def _may_hold_anchor(text: str) -> bool:
    # An anchor starts a token, so it never follows a letter or digit directly:
    # "R&D" and "Job & Co" need no event scan.
    for found in _AMPERSAND_RE.finditer(text):
        before = text[found.start() - 1] if found.start() else " "
        if not (before.isascii() and before.isalnum()):
            return True
    return False


def scan_events(source: bytes, text: str, path: str, limits: Limits) -> None:
    """Walk the events (iteratively; libyaml's parser does not recurse) for depth and anchors.

    When libyaml stops with an error first, the text up to the error is re-read for a
    level deeper than the limit (see yaml_depth: libyaml may stop at its own nesting
    limit, or read ahead of its events to an error, before the events reach ours).
    """
    parser = yaml12.PlanParser(source)
    opened: list[Opened] = []  # the collections open now, each with the event before it
    closed: Opened | None = None
    # libyaml's events, compared by class in this loop (it runs once per event of a 2 MB file).
    event: Any = None
    before: Any = None
    first_anchor: Any = None
    try:
        while parser.check_event():
            before, event = event, parser.get_event()
            kind = event.__class__
            if kind is ScalarEvent:
                if first_anchor is None and event.anchor is not None:
                    first_anchor = event
            elif kind is SequenceStartEvent or kind is MappingStartEvent:
                opened.append((event, before))
                if len(opened) > limits.max_depth:
                    raise too_deep(path, event.start_mark, limits.max_depth)
                if first_anchor is None and event.anchor is not None:
                    first_anchor = event
            elif kind is SequenceEndEvent or kind is MappingEndEvent:
                closed = opened.pop()
            elif kind is AliasEvent:
                from tfi_rules.load.yaml_errors import alias_error

                raise alias_error(
                    path,
                    event.start_mark,
                    t(
                        "the alias '*{anchor}' repeats a value; anchors and aliases are not supported",
                        anchor=event.anchor,
                    ),
                )
    except MarkedYAMLError as error:
        stop = error.problem_mark or error.context_mark
        if stop is not None and _may_nest_deeper_than(text, limits.max_depth):
            from tfi_rules.load.yaml_depth import EventTrail, first_too_deep

            trail = EventTrail(opened, event, before, closed)
            found = first_too_deep(text, stop.index, trail, limits.max_depth, yaml12.PlanParser)
            if isinstance(found, MarkedYAMLError):
                raise found from error
            if found is not None:
                raise too_deep(path, found, limits.max_depth) from error
        raise
    if first_anchor is not None:
        from tfi_rules.load.yaml_errors import alias_error

        raise alias_error(
            path,
            first_anchor.start_mark,
            t(
                "the anchor '&{anchor}' marks a value for reuse; anchors and aliases are not supported",
                anchor=first_anchor.anchor,
            ),
        )


def most_values(text: str) -> int:
    """An upper bound on the values in `text` (what `value_beyond` counts), from its indicators alone.

    Besides the top-level value, every value is a block list item (after `-`), the value of a
    block mapping's pair (which has `:` or `?`), or an entry of a flow list or the value of a
    flow mapping's pair (each ends at `,` or is its collection's last; a pair inside a flow
    list, `[a: b]`, has its `:`). The characters may also stand inside text: then the bound
    is only looser. Seven counts of a 2 MB file: 6 ms.
    """
    indicators = ("-", ":", "?", ",", "[", "{")
    return 1 + sum(text.count(indicator) for indicator in indicators)


_NODE_EVENTS = frozenset({ScalarEvent, MappingStartEvent, SequenceStartEvent, AliasEvent})
_END_EVENTS = frozenset({MappingEndEvent, SequenceEndEvent})


def value_beyond(source: bytes, limit: int) -> Mark | None:
    """Where the value that crosses `limit` starts, if one does, from libyaml's events (streamed,
    nothing kept, about 2 µs an event). Values are list items, what keys hold, and the top-level
    value; keys are not counted (each has its value, so the nodes stay within twice the limit).
    """
    parser = yaml12.PlanParser(source)
    # Per open collection: -1 for a list; for a mapping, how many of its keys and values came.
    open_collections: list[int] = []
    values = 0
    while parser.check_event():
        event = parser.get_event()
        if event is None:  # not after check_event(); this tells the type checker so
            break
        kind = event.__class__
        if kind in _NODE_EVENTS:
            is_key = False
            if open_collections and open_collections[-1] >= 0:
                is_key = open_collections[-1] % 2 == 0
                open_collections[-1] += 1
            if not is_key:
                values += 1
                if values > limit:
                    return event.start_mark
            if kind is MappingStartEvent:
                open_collections.append(0)
            elif kind is SequenceStartEvent:
                open_collections.append(-1)
        elif kind in _END_EVENTS:
            open_collections.pop()
    return None


def too_many_values(path: str, mark: Mark, limits: Limits) -> LoadError:
    return error_at(
        path,
        mark,
        "yaml-too-large",
        t(
            "the file holds more than {limit} values (list items and what keys hold); a plan holds a few thousand",
            limit=format_count(limits.max_values),
        ),
        t("split the plan or remove pasted material; plans are a few kilobytes"),
    )
