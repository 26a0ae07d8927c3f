"""Loader: read one YAML plan into plain data, remembering where every node stands.

This is the first stage of `tfi check`. It runs in CI on files edited by hand, so
it never executes anything, never hangs, and never raises anything but
`LoadError` (whose `to_finding()` gives the finding to report).

YAML dialect: the YAML 1.2 core schema, as VS Code's YAML extension and
check-jsonschema read it.

- null: `null`, `Null`, `NULL`, `~` and the empty value
- bool: `true`/`True`/`TRUE`, `false`/`False`/`FALSE` only; `yes`, `no`, `on`, `off` are text
- int: `[-+]?[0-9]+`; `0o17`, `0x1F` and `010` are YAML 1.2 numbers too, but refused as
  `yaml-number` (YAML 1.1 tools read `010` as 8 and `0o17` as text; nobody means either)
- float: `1.5`, `.5`, `1e3`, `.inf`, `-.inf`, `.nan`; loaded as an exact `decimal.Decimal`
- everything else is text; dates such as `2007-06-25` stay text (the schema says
  `format: date`, the model parses them)
- no merge keys (`<<` is an ordinary key), no sexagesimal numbers, no timestamps

Limits (`DEFAULT_LIMITS`; a hand-written plan is a few KB and a few levels deep):

- `max_bytes` = 2 MiB (2,097,152 bytes): a larger file is `yaml-too-large`; it is
  refused from its size, without being read.
- `max_depth` = 64 nested lists and mappings (the top-level mapping counts as 1):
  deeper is `yaml-too-deep`, at the first level past the limit. Limits accept at most
  500. libyaml's own limit (1000 levels in PyYAML 6.0.4, none before) can stop the
  reading first; the text up to that stop is then re-read (`yaml_depth`), so every
  PyYAML release gives the same answer.
- numbers of more than 4,300 characters are `yaml-number` (Python's own limit for
  int conversion; converting longer ones takes quadratic time).
- every number lies between -1,000,000,000,000 and 1,000,000,000,000 and has at most
  6 decimals (`tfi_rules.numbers.LARGEST_NUMBER`, `MOST_DECIMALS`), or it is
  `yaml-number`, with the number as written and the bounds. The seeds' figures are at
  most 224 mio. kr. (224,000,000 kr.) with at most 2 decimals (97.22 %); 6 decimals hold
  mio. kr. to the krone and a third of an årsværk (0.333333). Unbounded, `1e1000000`
  overflowed the arithmetic (exit 4), `1e-999999999` hung `tfi check` (a fraction over
  10^999,999,999) and `1e309` was printed with 310 digits. `.inf` and `.nan` load, and
  the model refuses them by name.
- `max_values` = 20,000 values (list items and what keys hold; keys are not counted, so a
  file holds at most twice as many nodes; the largest real plan holds 968): more is
  `yaml-too-large`, at the value that crosses the limit, counted from libyaml's events
  before any node is built. A node costs libyaml about 3 µs and 300 bytes (a flat list of a
  million numbers, 2 MB: 2.5 s and 314 MiB before any check), and a value up to 4 pydantic
  errors (`capacity: [{}, {}, ...]`): at 20,000 such values `tfi check` takes 0.6–0.8 s and
  119 MiB, at 35,000 1–1.4 s and 182 MiB.

Syntax errors are told apart by libyaml's exception classes and marks, never by its
wording (`yaml_errors`). A file in UTF-16 or UTF-32, with or without a byte order mark,
is named as such.

Rule ids raised: `file-unreadable`, `yaml-too-large`, `yaml-encoding`,
`yaml-syntax`, `yaml-empty`, `yaml-multiple-documents`, `yaml-top-level`,
`yaml-tag`, `yaml-key`, `yaml-duplicate-key`, `yaml-alias`, `yaml-too-deep`,
`yaml-number`.
"""

from __future__ import annotations

import decimal
import errno
import os
import re
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, NoReturn, Protocol

import yaml
from yaml.error import MarkedYAMLError
from yaml.events import (
    AliasEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
)
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from tfi_rules.findings import Finding, Severity, parse_pointer
from tfi_rules.i18n import t
from tfi_rules.load.yaml_depth import EventTrail, Opened, first_too_deep
from tfi_rules.load.yaml_errors import alias_hint, describe
from tfi_rules.numbers import bounds_problem, bounds_rule, format_count, shortened

HAVE_LIBYAML: bool = bool(getattr(yaml, "__with_libyaml__", False))

if HAVE_LIBYAML:
    from yaml._yaml import CParser as _ParserBase
else:  # pragma: no cover - exercised only where libyaml is missing (8-10x slower)

    class _ParserBase(  # type: ignore[no-redef]
        yaml.reader.Reader, yaml.scanner.Scanner, yaml.parser.Parser, yaml.composer.Composer
    ):
        def __init__(self, stream: bytes) -> None:
            yaml.reader.Reader.__init__(self, stream)
            yaml.scanner.Scanner.__init__(self)
            yaml.parser.Parser.__init__(self)
            yaml.composer.Composer.__init__(self)


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
        # loader proves the depth is below _SAFE_COMPOSE_DEPTH before composing.
        if not 1 <= self.max_depth <= _MAX_DEPTH_LIMIT:
            raise ValueError(f"max_depth must be between 1 and {_MAX_DEPTH_LIMIT}")


_MAX_DEPTH_LIMIT = 500 if HAVE_LIBYAML else 100
# Deeper than this, the tree is composed only after an event scan proved it shallow.
# libyaml's composer recurses in C (measured: 10,000 levels fine, 100,000 segfault);
# PyYAML's pure-Python one recurses two frames a level into Python's recursion limit.
_SAFE_COMPOSE_DEPTH = 1000 if HAVE_LIBYAML else 200
_MAX_NUMBER_CHARS = 4300
DEFAULT_LIMITS = Limits()


class LoadError(Exception):
    """A file that cannot become plan data; one clear sentence and what to write instead."""

    def __init__(
        self, file: str, line: int, column: int, rule: str, message: str, hint: str = ""
    ) -> None:
        super().__init__(file, line, column, rule, message, hint)
        self.file = file
        self.line = line
        self.column = column
        self.rule = rule
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}:{self.column}" if self.line else self.file
        return f"{where}: {self.message} [{self.rule}]"

    def to_finding(self) -> Finding:
        return Finding(
            file=self.file,
            line=self.line,
            column=self.column,
            rule=self.rule,
            severity=Severity.ERROR,
            message=self.message,
            hint=self.hint,
            pointer="",
        )


@dataclass(frozen=True, eq=False)
class Document:
    """One loaded plan: its data, and its node tree for finding positions later."""

    path: str
    data: dict[str, Any]
    schema_comment: str | None
    _root: Node = field(repr=False)
    # Each mapping's keys → (key node, value node), built the first time a pointer passes
    # through it: scanning the key list per lookup made a file with 16,000 unknown keys
    # quadratic (13.5 s); with the index it is linear (see tests/test_scaling.py).
    _keys: dict[int, dict[str, tuple[Node, Node]]] = field(default_factory=dict, repr=False)

    def locate(self, pointer: str | tuple[str | int, ...], *, key: bool = False) -> tuple[int, int]:
        """1-based (line, column) of the node at the JSON pointer (or of its mapping KEY when key=True).

        If the pointer leads nowhere (e.g. a missing required property), return the position of
        the deepest existing ancestor (for a missing property: that mapping's first line).
        Never raises.
        """
        if isinstance(pointer, str):
            try:
                parts: tuple[str | int, ...] = parse_pointer(pointer)
            except ValueError:
                parts = ()
        else:
            parts = tuple(pointer)
        node = self._root
        key_node: Node | None = None
        for part in parts:
            found = self._child(node, part)
            if found is None:
                return _position(node.start_mark)
            key_node, node = found
        if key and key_node is not None:
            return _position(key_node.start_mark)
        return _position(node.start_mark)

    def _child(self, node: Node, part: str | int) -> tuple[Node | None, Node] | None:
        """The (key node, value node) that `part` selects inside `node`, if any."""
        if isinstance(node, MappingNode):
            keys = self._keys.get(id(node))
            if keys is None:
                keys = self._keys[id(node)] = _key_index(node)
            return keys.get(str(part))
        if isinstance(node, SequenceNode):
            if isinstance(part, str) and part.isascii() and part.isdigit():
                part = int(part)
            # bool is an int, and callers may pass anything: only a real index selects an item.
            if type(part) is int and 0 <= part < len(node.value):
                return None, node.value[part]
        return None


def _key_index(node: MappingNode) -> dict[str, tuple[Node, Node]]:
    """A mapping's text keys → (key node, value node); the first of a repeated key wins."""
    index: dict[str, tuple[Node, Node]] = {}
    for key_node, value_node in node.value:
        if isinstance(key_node, ScalarNode):
            index.setdefault(key_node.value, (key_node, value_node))
    return index


class Mark(Protocol):
    """A place in the text as PyYAML's marks and libyaml's events give it (0-based)."""

    line: int
    column: int


def _position(mark: Mark | None) -> tuple[int, int]:
    # PyYAML marks are 0-based; findings are 1-based.
    if mark is None:
        return 0, 0
    return mark.line + 1, mark.column + 1


# --- the YAML 1.2 core schema ---------------------------------------------------------

_TAG = "tag:yaml.org,2002:"
_STR, _INT, _FLOAT, _BOOL, _NULL = (_TAG + name for name in ("str", "int", "float", "bool", "null"))
_MAP, _SEQ = _TAG + "map", _TAG + "seq"
_SCALAR_TAGS = frozenset({_STR, _INT, _FLOAT, _BOOL, _NULL})

_NULL_WORDS = frozenset({"", "~", "null", "Null", "NULL"})
_BOOL_WORDS = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}
_WORD_START = frozenset("~nNtTfF")
_NUMBER_START = frozenset("0123456789+-.")
_INT_RE = re.compile(r"[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+")
_FLOAT_RE = re.compile(
    r"[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
    r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)"
)
_SPECIAL_FLOATS = {
    ".inf": decimal.Decimal("Infinity"),
    "-.inf": decimal.Decimal("-Infinity"),
    ".nan": decimal.Decimal("NaN"),
}


def _resolve_plain(value: str) -> str:
    if not value:
        return _NULL
    first = value[0]
    if first in _NUMBER_START:
        if _INT_RE.fullmatch(value):
            return _INT
        if _FLOAT_RE.fullmatch(value):
            return _FLOAT
    elif first in _WORD_START:
        if value in _NULL_WORDS:
            return _NULL
        if value in _BOOL_WORDS:
            return _BOOL
    return _STR


class _PlanParser(_ParserBase):
    """libyaml's composer with our resolver instead of PyYAML's YAML 1.1 one."""

    def resolve(self, kind: type[Node], value: str | None, implicit: Any) -> str:
        if kind is ScalarNode:
            # implicit[0]: a plain scalar without a tag; quoted and `!` ones are text.
            return _resolve_plain(value) if implicit[0] else _STR  # type: ignore[arg-type]
        return _MAP if kind is MappingNode else _SEQ

    def descend_resolver(self, parent: Node | None, index: Any) -> None:
        pass

    def ascend_resolver(self) -> None:
        pass


# --- reading ---------------------------------------------------------------------------


def load_file(path: str | os.PathLike[str], limits: Limits = DEFAULT_LIMITS) -> Document:
    """Read and load one plan file; see the module docstring for what is refused."""
    name = os.fspath(path)
    return load_text(read_bytes(name, limits), name, limits)


def read_bytes(name: str, limits: Limits = DEFAULT_LIMITS) -> bytes:
    """The bytes of a regular file of at most `limits.max_bytes`, or a LoadError (never waits on a FIFO)."""
    try:
        # O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever.
        fd = os.open(name, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as error:
        raise _unreadable_os(name, error) from error
    except ValueError as error:  # a NUL byte in the path
        raise _unreadable(name, t("the path contains a NUL character")) from error
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise _unreadable(name, t("it is a directory, not a file"))
        if not stat.S_ISREG(info.st_mode):
            raise _unreadable(name, t("it is not a regular file (a pipe, socket or device)"))
        if info.st_size > limits.max_bytes:
            raise _too_large(name, info.st_size, limits)
        chunks: list[bytes] = []
        remaining = limits.max_bytes + 1  # one byte more tells us the file grew past the limit
        while remaining > 0:
            chunk = os.read(fd, remaining)
            if not chunk:
                break
            chunks.append(chunk)
            remaining -= len(chunk)
        return b"".join(chunks)
    except OSError as error:
        raise _unreadable_os(name, error) from error
    finally:
        os.close(fd)


# Functions, not strings: the reason is put into the language in use when the error happens.
_OS_REASONS: dict[int, Callable[[], str]] = {
    errno.ENOENT: lambda: t("the file does not exist"),
    errno.EACCES: lambda: t("permission denied"),
    errno.EPERM: lambda: t("permission denied"),
    errno.EISDIR: lambda: t("it is a directory, not a file"),
    errno.ENOTDIR: lambda: t("a part of the path is not a directory"),
    errno.ELOOP: lambda: t("the path is a loop of symbolic links"),
    errno.ENAMETOOLONG: lambda: t("the path is too long"),
}


def _unreadable_os(name: str, error: OSError) -> LoadError:
    reason = _OS_REASONS.get(error.errno) if error.errno is not None else None
    if reason is not None:
        return _unreadable(name, reason())
    # The system's own words (English whatever the language) are quoted as they are.
    return LoadError(
        name, 0, 0, "file-unreadable",
        t("cannot read '{name}': {system_message}", name=name, system_message=(error.strerror or str(error)).lower()),
        t("check the path and that the file can be read"),
    )


def _unreadable(name: str, reason: str) -> LoadError:
    return LoadError(
        name, 0, 0, "file-unreadable", t("cannot read '{name}': {reason}", name=name, reason=reason),
        t("check the path and that the file can be read"),
    )


def _too_large(name: str, size: int, limits: Limits) -> LoadError:
    return LoadError(
        name, 0, 0, "yaml-too-large",
        t("the file is {size} bytes; a plan may be at most {limit} bytes",
          size=_grouped(size), limit=_grouped(limits.max_bytes)),
        t("split the plan or remove pasted material; plans are a few kilobytes"),
    )


def _grouped(count: int) -> str:
    """A count of bytes or characters for people: 2,097,152 in English, 2.097.152 in Danish."""
    return format_count(count)


# --- loading ---------------------------------------------------------------------------


def load_text(
    text: str | bytes, path: str = "<string>", limits: Limits = DEFAULT_LIMITS
) -> Document:
    """Load one plan from its text (or its bytes, which must be UTF-8)."""
    try:
        return _load(text, path, limits)
    except RecursionError as error:  # defence in depth: depth is bounded before recursing
        raise LoadError(
            path, 0, 0, "yaml-too-deep", t("the file nests too deeply to be read"),
            t("keep lists and mappings within {depth} levels", depth=limits.max_depth),
        ) from error
    except MemoryError as error:
        raise LoadError(
            path, 0, 0, "yaml-too-large", t("the file needs too much memory to be read"),
            t("split the plan or remove pasted material; plans are a few kilobytes"),
        ) from error


def _load(text: str | bytes, path: str, limits: Limits) -> Document:
    source, text = _utf8(text, path, limits)
    try:
        if _needs_event_scan(text):
            _scan_events(source, text, path, limits)
        if _most_values(text) > limits.max_values:
            beyond = _value_beyond(source, limits.max_values)
            if beyond is not None:
                raise _too_many_values(path, beyond, limits)
        root = _PlanParser(source).get_single_node()
    except yaml.YAMLError as error:
        raise _yaml_error(error, text, path) from error
    if root is None or (
        isinstance(root, ScalarNode) and root.tag == _NULL and root.value == "" and not root.style
    ):
        raise LoadError(
            path, 0, 0, "yaml-empty", t("the file holds no YAML data"),
            t("write the plan as a mapping of keys such as `kind:`, `id:`, `title:`"),
        )
    _check_tag(root, path)
    if not isinstance(root, MappingNode):
        if isinstance(root, SequenceNode):
            message = t("the file holds a list, not a mapping")
        else:
            message = t("the file holds a single value, not a mapping")
        raise _error(
            path, root.start_mark, "yaml-top-level", message,
            t("write the plan as a mapping of keys such as `kind:`, `id:`, `title:`"),
        )
    # Without anchors every node stands on its own characters, so a tree with more
    # nodes than this can only come from shared nodes (aliases we failed to see).
    budget = [2 * len(text) + 8]
    data = _build_mapping(root, 1, limits.max_depth, budget, path)
    return Document(path=path, data=data, schema_comment=_schema_comment(text), _root=root)


# How YAML 1.2 (section 5.2) tells the encoding from a stream's first bytes: a byte order
# mark, or else the NUL bytes beside the first character, which is a printable ASCII one
# (or a tab or line break) in any YAML file.
_ASCII_FIRST = rb"[\t\n\r\x20-\x7e]"
_UTF16_32_STARTS = (
    (re.compile(rb"\x00\x00\xfe\xff|\xff\xfe\x00\x00|\x00{3}%b|%b\x00{3}" % (_ASCII_FIRST, _ASCII_FIRST)), "UTF-32"),
    (re.compile(rb"\xfe\xff|\xff\xfe|\x00%b|%b\x00" % (_ASCII_FIRST, _ASCII_FIRST)), "UTF-16"),
)
_UTF8_BOM = b"\xef\xbb\xbf"


def _utf8(text: str | bytes, path: str, limits: Limits) -> tuple[bytes, str]:
    """The plan as UTF-8 bytes (what libyaml reads) and as text (for our own scans)."""
    if isinstance(text, str):
        if len(text) > limits.max_bytes:  # every character is at least one byte
            raise _too_large(path, len(text.encode("utf-8", "surrogatepass")), limits)
        # libyaml skips a byte order mark at its start without counting it in its marks:
        # with every leading one gone, its marks are indexes into this text.
        text = text.lstrip("\ufeff")
        try:
            source = text.encode("utf-8")
        except UnicodeEncodeError as error:  # lone surrogates cannot be written to a file
            line, column = _text_position(text, error.start)
            raise LoadError(
                path, line, column, "yaml-encoding",
                t("the text holds the lone surrogate U+{code}, which is not Unicode text",
                  code=f"{ord(text[error.start]):04X}"),
                t("save the file as UTF-8"),
            ) from error
        if len(source) > limits.max_bytes:
            raise _too_large(path, len(source), limits)
        return source, text
    if len(text) > limits.max_bytes:
        raise _too_large(path, len(text), limits)
    for start, encoding in _UTF16_32_STARTS:
        if start.match(text):
            raise LoadError(
                path, 0, 0, "yaml-encoding", t("the file is saved as {encoding}, not UTF-8", encoding=encoding),
                t("save as UTF-8"),
            )
    source = text
    while source.startswith(_UTF8_BOM):  # see above: libyaml would skip the next one uncounted
        source = source[3:]
    try:
        return source, source.decode("utf-8")
    except UnicodeDecodeError as error:
        good = source[: error.start].decode("utf-8")
        line, column = _text_position(good, len(good))
        bad = source[error.start]
        if bad in b"\xe6\xf8\xe5\xc6\xd8\xc5":  # æøåÆØÅ in Latin-1 / Windows-1252
            message = t(
                "byte 0x{byte} is not valid UTF-8 (it looks like '{letter}' saved as Latin-1 or Windows-1252)",
                byte=f"{bad:02X}", letter=bytes([bad]).decode("latin-1"),
            )
        else:
            message = t("byte 0x{byte} is not valid UTF-8", byte=f"{bad:02X}")
        raise LoadError(path, line, column, "yaml-encoding", message, t("save the file as UTF-8")) from error


_BREAK_RE = re.compile("\r\n|[\r\n\x85\u2028\u2029]")


def _text_position(text: str, index: int) -> tuple[int, int]:
    """1-based (line, column) of character `index`, counting line breaks as libyaml does."""
    line, start = 1, 0
    for match in _BREAK_RE.finditer(text, 0, index):
        line, start = line + 1, match.end()
    return line, index - start + 1


# --- bounding the depth before libyaml composes ----------------------------------------

# A block collection can only start after indentation and the indicators `- `, `? `,
# `: ` (and `---` or a BOM at a line start); the block depth grows by at most two levels
# per column, so the longest such line prefix bounds it.
_BLOCK_PREFIX_RE = re.compile(r"(?:[ \t\ufeff]|[-?:](?=[ \t]|$)|---|\.\.\.)*")
_AMPERSAND_RE = re.compile(r"&\S")


def _needs_event_scan(text: str) -> bool:
    """Whether the cheap checks cannot rule out anchors or a depth unsafe for libyaml."""
    if "&" in text and _may_hold_anchor(text):
        return True
    return _may_nest_deeper_than(text, _SAFE_COMPOSE_DEPTH)


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


def _scan_events(source: bytes, text: str, path: str, limits: Limits) -> None:
    """Walk the events (iteratively; libyaml's parser does not recurse) for depth and anchors.

    When libyaml stops with an error first, the text up to the error is re-read for a
    level deeper than the limit (see yaml_depth: libyaml may stop at its own nesting
    limit, or read ahead of its events to an error, before the events reach ours).
    """
    parser = _PlanParser(source)
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
                    raise _too_deep(path, event.start_mark, limits.max_depth)
                if first_anchor is None and event.anchor is not None:
                    first_anchor = event
            elif kind is SequenceEndEvent or kind is MappingEndEvent:
                closed = opened.pop()
            elif kind is AliasEvent:
                raise _alias_error(
                    path, event.start_mark,
                    t("the alias '*{anchor}' repeats a value; anchors and aliases are not supported",
                      anchor=event.anchor),
                )
    except MarkedYAMLError as error:
        stop = error.problem_mark or error.context_mark
        if stop is not None and _may_nest_deeper_than(text, limits.max_depth):
            trail = EventTrail(opened, event, before, closed)
            found = first_too_deep(text, stop.index, trail, limits.max_depth, _PlanParser)
            if isinstance(found, MarkedYAMLError):
                raise found from error
            if found is not None:
                raise _too_deep(path, found, limits.max_depth) from error
        raise
    if first_anchor is not None:
        raise _alias_error(
            path, first_anchor.start_mark,
            t("the anchor '&{anchor}' marks a value for reuse; anchors and aliases are not supported",
              anchor=first_anchor.anchor),
        )


def _most_values(text: str) -> int:
    """An upper bound on the values in `text` (what `_value_beyond` counts), from its indicators alone.

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


def _value_beyond(source: bytes, limit: int) -> Mark | None:
    """Where the value that crosses `limit` starts, if one does, from libyaml's events (streamed,
    nothing kept, about 2 µs an event). Values are list items, what keys hold, and the top-level
    value; keys are not counted (each has its value, so the nodes stay within twice the limit).
    """
    parser = _PlanParser(source)
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


def _too_many_values(path: str, mark: Mark, limits: Limits) -> LoadError:
    return _error(
        path, mark, "yaml-too-large",
        t("the file holds more than {limit} values (list items and what keys hold); a plan holds a few thousand",
          limit=_grouped(limits.max_values)),
        t("split the plan or remove pasted material; plans are a few kilobytes"),
    )


def _alias_error(path: str, mark: Mark | None, message: str) -> LoadError:
    return _error(path, mark, "yaml-alias", message, alias_hint())


def _repeated_through_alias(path: str, mark: Mark | None) -> LoadError:
    return _alias_error(
        path, mark, t("a value here is repeated through an alias; anchors and aliases are not supported")
    )


def _too_deep(path: str, mark: Mark | None, max_depth: int) -> LoadError:
    return _error(
        path, mark, "yaml-too-deep",
        t("lists and mappings nest more than {depth} levels deep here", depth=max_depth),
        t("flatten the structure; plans need only a few levels"),
    )


def _error(path: str, mark: Mark | None, rule: str, message: str, hint: str) -> LoadError:
    line, column = _position(mark)
    return LoadError(path, line, column, rule, message, hint)


# --- building plain data ---------------------------------------------------------------


def _build_mapping(
    node: MappingNode, depth: int, max_depth: int, budget: list[int], path: str
) -> dict[str, Any]:
    if depth > max_depth:
        raise _too_deep(path, node.start_mark, max_depth)
    budget[0] -= len(node.value)
    if budget[0] < 0:
        raise _repeated_through_alias(path, node.start_mark)
    result: dict[str, Any] = {}
    for key_node, value_node in node.value:
        if key_node.__class__ is not ScalarNode or key_node.tag != _STR:
            _reject_key(key_node, path)
        key = key_node.value
        if key in result:
            _reject_duplicate(node, key_node, path)
        if value_node.__class__ is ScalarNode:
            result[key] = value_node.value if value_node.tag == _STR else _scalar(value_node, path)
        else:
            result[key] = _build(value_node, depth + 1, max_depth, budget, path)
    return result


def _build(node: Node, depth: int, max_depth: int, budget: list[int], path: str) -> Any:
    """Plain data for one collection node (scalars are handled inline by the callers)."""
    _check_tag(node, path)
    if isinstance(node, MappingNode):
        return _build_mapping(node, depth, max_depth, budget, path)
    if depth > max_depth:
        raise _too_deep(path, node.start_mark, max_depth)
    budget[0] -= len(node.value)
    if budget[0] < 0:
        raise _repeated_through_alias(path, node.start_mark)
    items: list[Any] = []
    for item in node.value:
        if item.__class__ is ScalarNode:
            items.append(item.value if item.tag == _STR else _scalar(item, path))
        else:
            items.append(_build(item, depth + 1, max_depth, budget, path))
    return items


def _scalar(node: ScalarNode, path: str) -> Any:
    tag, value = node.tag, node.value
    if tag == _NULL and value in _NULL_WORDS:
        return None
    if tag == _BOOL and value in _BOOL_WORDS:
        return _BOOL_WORDS[value]
    if tag == _INT and _INT_RE.fullmatch(value):
        _check_number_length(node, path)
        return _check_number_bounds(node, path, _integer(node, path))
    if tag == _FLOAT and _FLOAT_RE.fullmatch(value):
        _check_number_length(node, path)
        text = value[1:] if value.startswith("+") else value
        special = _SPECIAL_FLOATS.get(text.lower())
        if special is not None:
            return special  # the model refuses .inf and .nan where it wants an amount, by name
        try:
            number = decimal.Decimal(text)
        except decimal.InvalidOperation:  # an exponent of 19 digits or more, beyond what Decimal holds
            raise _error(
                path, node.start_mark, "yaml-number",
                t("the number {number} is out of range: {rule}", number=shortened(value), rule=bounds_rule()),
                t("write the number in full, or quote it if it is text"),
            ) from None
        return _check_number_bounds(node, path, number)
    _check_tag(node, path)
    # Only an explicit tag (`!!int abc`) gets here: the text does not fit it.
    raise _error(
        path, node.start_mark, "yaml-tag",
        t("the value {value} is not a valid {tag}", value=repr(value), tag=_show_tag(tag)),
        t("remove the tag; plans hold plain text, numbers, lists and mappings"),
    )


def _check_number_length(node: ScalarNode, path: str) -> None:
    if len(node.value) > _MAX_NUMBER_CHARS:
        raise _error(
            path, node.start_mark, "yaml-number",
            t("this number has {count} characters; at most {limit} are allowed",
              count=_grouped(len(node.value)), limit=_grouped(_MAX_NUMBER_CHARS)),
            t("quote it if it is text rather than a number"),
        )


_LEADING_ZERO_RE = re.compile(r"[-+]?0[0-9]+")
_OTHER_BASES = {"0x": 16, "0o": 8}


def _integer(node: ScalarNode, path: str) -> int:
    """A plain decimal integer; `0x10`, `0o17` and `010` are refused with the number to write.

    YAML 1.2 reads `0x10` as 16, `0o17` as 15 and `010` as 10; YAML 1.1 tools (PyYAML,
    older editors) read `010` as 8 and `0o17` as text. Nobody writing a plan means either.
    """
    value = node.value
    if len(value) < 2 or "0" not in value[:2]:  # the usual case: 7, 42, -3, 2010
        return int(value)
    base = _OTHER_BASES.get(value[:2])
    if base is not None:
        number = int(value[2:], base)
        message = (
            t("the number {number} is written in hexadecimal and reads as {value}", number=value, value=number)
            if base == 16
            else t("the number {number} is written in octal and reads as {value}", number=value, value=number)
        )
    elif _LEADING_ZERO_RE.fullmatch(value):
        number = int(value)
        message = t("the number {number} starts with a zero, which YAML tools read differently "
                    "(as {value}, as octal or as text)", number=value, value=number)
    else:
        return int(value)
    raise _error(
        path, node.start_mark, "yaml-number", message,
        t('write {value} (plain decimal digits), or put it in quotes ("{number}") if it is text such as a code',
          value=number, number=value),
    )


def _check_number_bounds(node: ScalarNode, path: str, number: decimal.Decimal | int) -> decimal.Decimal | int:
    """The number, if it lies within the bounds of `tfi_rules.numbers` (see the module docstring)."""
    problem = bounds_problem(number, node.value)
    if problem is not None:
        raise _error(path, node.start_mark, "yaml-number", *problem)
    return number


def _check_tag(node: Node, path: str) -> None:
    tag = node.tag
    if isinstance(node, ScalarNode):
        allowed = tag in _SCALAR_TAGS
    else:
        allowed = tag == (_MAP if isinstance(node, MappingNode) else _SEQ)
    if not allowed:
        raise _error(
            path, node.start_mark, "yaml-tag", t("the tag {tag} is not allowed here", tag=_show_tag(tag)),
            t("remove the tag; plans hold plain text, numbers, lists and mappings"),
        )


def _show_tag(tag: str) -> str:
    return "!!" + tag[len(_TAG):] if tag.startswith(_TAG) else tag


def _reject_key(key_node: Node, path: str) -> NoReturn:
    _check_tag(key_node, path)
    if not isinstance(key_node, ScalarNode):
        raise _error(
            path, key_node.start_mark, "yaml-key", t("a list or mapping cannot be a key"),
            t("use a plain text key such as `title:`"),
        )
    value = key_node.value
    if value == "":
        raise _error(
            path, key_node.start_mark, "yaml-key", t("this mapping entry has no key"),
            t("write a key before the colon, such as `title:`"),
        )
    if key_node.tag == _BOOL:
        message = t("the key {key} is read as true/false, not as text", key=value)
    elif key_node.tag == _NULL:
        message = t("the key {key} is read as null, not as text", key=value)
    else:
        message = t("the key {key} is read as a number, not as text", key=value)
    raise _error(
        path, key_node.start_mark, "yaml-key", message, t('write the key in quotes: "{key}":', key=value)
    )


def _reject_duplicate(mapping: MappingNode, key_node: ScalarNode, path: str) -> NoReturn:
    first = next(k for k, _ in mapping.value if k.__class__ is ScalarNode and k.value == key_node.value)
    raise _error(
        path, key_node.start_mark, "yaml-duplicate-key",
        t("key '{key}' appears twice in this mapping (first on line {line})",
          key=key_node.value, line=first.start_mark.line + 1),
        t("keep one of them; YAML would silently drop the first"),
    )


# --- syntax errors in plain words --------------------------------------------------------


def _yaml_error(error: yaml.YAMLError, text: str, path: str) -> LoadError:
    if not isinstance(error, MarkedYAMLError):  # the reader: a character YAML does not allow
        return _reader_error(error, text, path)
    problem = describe(error, text)
    return _error(path, problem.mark, problem.rule, problem.message, problem.hint)


# YAML's printable set (libyaml's reader refuses everything else).
_FORBIDDEN_RE = re.compile("[^\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _reader_error(error: yaml.YAMLError, text: str, path: str) -> LoadError:
    found = _FORBIDDEN_RE.search(text)
    if found is None:  # not expected: we validated UTF-8 before libyaml read it
        return LoadError(
            path, 0, 0, "yaml-encoding", t("the file cannot be read as text: {error}", error=error),
            t("save the file as UTF-8"),
        )
    line, column = _text_position(text, found.start())
    return LoadError(
        path, line, column, "yaml-encoding",
        t("the file holds the control character U+{code}, which YAML does not allow", code=f"{ord(found.group()):04X}"),
        t("delete the character (often invisible, pasted from another program); "
          "if the file is full of them, save it as UTF-8"),
    )


# --- the editor's schema modeline -------------------------------------------------------

_SCHEMA_RE = re.compile(r"#\s*yaml-language-server\s*:\s*\$schema=(\S+)")


def _schema_comment(text: str) -> str | None:
    """The `$schema` of a `# yaml-language-server:` line among the leading comments."""
    start = 0
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end].strip()
        if line.startswith("#"):
            found = _SCHEMA_RE.match(line)
            if found:
                return found.group(1)
        elif line:
            return None
        start = end + 1
    return None
