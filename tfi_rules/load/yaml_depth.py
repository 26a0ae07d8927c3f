"""Where a YAML text first nests too deep, when libyaml stopped reading it before that.

The loader counts the depth on libyaml's events. libyaml's scanner reads ahead of the
events it has handed out (up to 1024 characters, while it waits to see whether a `[`
starts a key), and the libyaml inside PyYAML 6.0.4 refuses more than 1000 nested levels
right there: a dense `[[[[...` stops it with a scanner error before any event reaches
the loader's limit (at most 500). Earlier PyYAML releases have no such limit and read on.
So that both answer alike, the loader re-reads the text up to where libyaml stopped,
counting levels: the first one deeper than the limit wins over libyaml's error, and an
error libyaml would have met first (had it not stopped) is that error.

The re-read must not cost a second full reading (a 2 MB file is worth about a second of
events). It keeps libyaml's positions but blanks out, with spaces, every entry the first
reading saw finished: what stays is the chain of collections still open where it
stopped, each with the key or `-` that leads into the next, and the text after. That
parses to the same depth at every later position, in a few thousand events. The blanked
reading must reproduce the last event the first one saw (class, position and depth);
when it does not, or meets an error of its own before the end, the whole text up to the
stop is read again instead, which is exact but slower.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from yaml.error import Mark, MarkedYAMLError, YAMLError
from yaml.events import (
    AliasEvent,
    CollectionStartEvent,
    Event,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
)

Opened = tuple[CollectionStartEvent, Event | None]
"""A collection still open, with the event just before it (to find where its entry begins)."""


@dataclass(frozen=True)
class EventTrail:
    """What the loader's walk over libyaml's events had seen when libyaml stopped."""

    opened: list[Opened]
    last: Event | None
    before_last: Event | None
    closed: Opened | None  # the collection the last end event closed


# A mark (libyaml's marks are not yaml.error.Mark, but have its fields), an error, or None.
Found = Mark | MarkedYAMLError | None
_UNSURE: Any = object()

# YAML's line breaks (libyaml's too): kept when blanking, so that every later position stays.
_BREAKS = "\r\n\x85\u2028\u2029"
_ASCII_BLANKS = bytes(byte if chr(byte) in _BREAKS else 0x20 for byte in range(256))
_BLOCK_ENTRY_RE = re.compile(r"-[ \t\r\n\x85\u2028\u2029]")
_BREAK_RE = re.compile(r"[\r\n\x85\u2028\u2029]")


def first_too_deep(text: str, stop: int, trail: EventTrail, max_depth: int, parser: Callable[[bytes], Any]) -> Found:
    """The first collection deeper than `max_depth` in text[:stop], or the error met before `stop`.

    None when libyaml reads text[:stop] up to its end without either: the error that
    stopped it at `stop` stands.
    """
    head = text[:stop]
    blanked = _without_finished_entries(head, trail)
    if blanked is not None:
        found = _walk(blanked[0], max_depth, parser, blanked[1])
        if found is not _UNSURE:
            return found
    return _walk(head, max_depth, parser, None)


@dataclass(frozen=True)
class _Checkpoint:
    """An event the blanked text must give as the first reading did: its class, position and depth after it."""

    kind: type
    index: int
    depth: int


def _walk(text: str, max_depth: int, parser: Callable[[bytes], Any], checkpoint: _Checkpoint | None) -> Any:
    """Count levels on the events of `text`; with a checkpoint, first check it is in the same state."""
    reached = checkpoint is None
    events = parser(text.encode("utf-8"))
    depth = 0
    try:
        while events.check_event():
            event = events.get_event()
            kind = event.__class__
            if kind is SequenceStartEvent or kind is MappingStartEvent:
                depth += 1
                if depth > max_depth:
                    return event.start_mark if reached else _UNSURE
            elif kind is SequenceEndEvent or kind is MappingEndEvent:
                depth -= 1
            if not reached and checkpoint is not None:
                index = _start(event)
                if index == checkpoint.index and kind is checkpoint.kind and depth == checkpoint.depth:
                    reached = True
                elif index > checkpoint.index:
                    return _UNSURE
    except MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        if mark is not None and mark.index < len(text):
            # A problem before the stop: the whole reading finds it exactly.
            return _UNSURE if checkpoint is not None else error
    except YAMLError:
        pass  # a character the reader refuses: the first reading met it first
    return None if reached else _UNSURE


def _without_finished_entries(text: str, trail: EventTrail) -> tuple[str, _Checkpoint] | None:
    """`text` with each open collection's finished entries blanked, and the event to check; None when nothing is.

    The innermost collection's last finished child (the last thing the first reading
    saw) stays as a one-letter text `x` (`- x` for a block list, which may stand at its
    key's column), so the state after it is the same.
    """
    last, opened = trail.last, trail.opened
    if last is None:
        return None
    checkpoint = _Checkpoint(last.__class__, _start(last), len(opened))
    ranges: list[tuple[int, int, str]] = []  # (begin, end, what replaces the text there)
    for level, (collection, _) in enumerate(opened):
        content = _end(collection)
        if level + 1 < len(opened):
            child, child_before = opened[level + 1]
            ranges.append((content, _entry_start(text, collection, _start(child), child_before), ""))
            continue
        finished = _last_finished_child(trail, collection)
        if finished is None:
            continue
        start, end, before = finished
        ranges.append((content, _entry_start(text, collection, start, before), ""))
        stand_in = "- x" if _BLOCK_ENTRY_RE.match(text, start) else "x"
        # A child this short is kept as it is; so is a block list whose first line is `-` alone.
        if end - start > len(stand_in) and not _BREAK_RE.search(text, start, start + len(stand_in)):
            ranges.append((start, end, stand_in))
            checkpoint = _Checkpoint(ScalarEvent, start + len(stand_in) - 1, len(opened) + (stand_in != "x"))
    pieces: list[str] = []
    kept = 0
    for begin, end, stand_in in ranges:
        if end <= begin:
            continue
        if begin < kept or end > len(text):
            return None  # not the nesting this module expects: read it all
        pieces += (text[kept:begin], stand_in, _blank(text[begin + len(stand_in) : end]))
        kept = end
    if not pieces:
        return None
    pieces.append(text[kept:])
    return "".join(pieces), checkpoint


def _last_finished_child(trail: EventTrail, collection: CollectionStartEvent) -> tuple[int, int, Event | None] | None:
    """Where the innermost open collection's last finished child starts and ends, and the event before it."""
    last = trail.last
    if last is None or last is collection:
        return None
    kind = last.__class__
    if kind is ScalarEvent or kind is AliasEvent:
        return _start(last), _end(last), trail.before_last
    if (kind is SequenceEndEvent or kind is MappingEndEvent) and trail.closed is not None:
        child, child_before = trail.closed
        return _start(child), _end(last), child_before
    return None


def _entry_start(text: str, parent: CollectionStartEvent, child: int, before: Event | None) -> int:
    """Where the entry holding the child at `child` begins: everything in `parent` before it is finished."""
    content: int = _end(parent)
    if before is None or before is parent:
        return content  # the first child
    between = text[_end(before) : child].lstrip(" \t")
    if parent.__class__ is MappingStartEvent and between.startswith(":"):
        # The child is a value: keep its key. A key that is a collection is kept with
        # everything before it (where it begins is not known).
        if before.__class__ is ScalarEvent or before.__class__ is AliasEvent:
            return _start(before)
        return content
    if parent.flow_style:
        return child  # the commas go too: `[      child`
    return _end(before)


def _start(event: Event) -> int:
    return event.start_mark.index  # type: ignore[union-attr]  # a parser's events have marks


def _end(event: Event) -> int:
    return event.end_mark.index  # type: ignore[union-attr]


def _blank(segment: str) -> str:
    """Spaces for every character but line breaks: later lines, columns and indexes stay."""
    if not any(char in segment for char in "\x85\u2028\u2029"):
        # One '?' per character that is not ASCII, then spaces: 20 ms for 2 MB.
        return segment.encode("ascii", "replace").translate(_ASCII_BLANKS).decode("ascii")
    return "".join(char if char in _BREAKS else " " for char in segment)
