"""Syntax errors in plain words: what the YAML parser refused, told from its structured data.

libyaml (and PyYAML's pure-Python parser, which mirrors it) reports a problem as an
exception class, a problem mark (where it stopped) and a context mark (where the
construct it was reading began):

- `ScannerError`: the characters do not make a token. The context mark is the start of
  the token being read (a quote, a block scalar's `|`, a key that never got its `:`),
  or absent / the problem mark itself when one character cannot be read at all.
- `ParserError`: the tokens do not make a document. The problem mark is the unexpected
  token; the context mark is the start of the collection or node being parsed, and is
  absent for problems between documents and with `%` directives.
- `ComposerError`: a second document (the context mark is where the first began), or an
  alias to an anchor that does not exist (no context mark).

This module tells the cases apart from those marks and the characters at them, never
from the English of the message: the wording changes between releases (and differs
between libyaml and the pure-Python parser), the classes and marks are the parser's
structure. A case without a sentence of ours quotes the parser's words after one.

`yaml_error` turns what the parser raised into the loader's `LoadError` (a character
YAML does not allow is found in the text itself); `alias_error` is the one `yaml-alias`
refusal the loader's own scans raise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import yaml
from yaml.composer import ComposerError
from yaml.error import Mark, MarkedYAMLError
from yaml.parser import ParserError
from yaml.scanner import ScannerError

from tfi_rules.i18n import t
from tfi_rules.load.load_error import LoadError, error_at
from tfi_rules.load.load_error import Mark as Place
from tfi_rules.load.reading import text_position

# Characters that open a nesting level: where libyaml stops when its own nesting limit
# (1000 levels in the libyaml of PyYAML 6.0.4) is reached, with both marks at the character.
_NESTING_OPENERS = frozenset("[{-?:")
# A property (anchor, alias, tag) may start a key; a directive or a block scalar never does.
_PROPERTY_STARTS = frozenset("&*!")
_NOT_KEY_STARTS = frozenset("%|>")
# libyaml refuses a plain text in brackets whose ':' is followed by one of these.
_FLOW_AFTER_COLON = frozenset(",?[]{}")
# Where a node's content should start, these start no content (`,` `]` `}` in brackets,
# `?` `-` `:` indicators, `---` and `...` lines, the end).
_NOT_NODE_STARTS = frozenset(",]}?-.:") | {""}
_NAMED_HANDLE_RE = re.compile(r"![0-9A-Za-z_-]+!")
_BLANK_RE = re.compile(r"[ \t\r\n\x85\u2028\u2029]")
_NAME_RE = re.compile(r"[0-9A-Za-z_-]*")
_AFTER_NAME = frozenset(" \t\r\n\x85\u2028\u2029?:,]}%@`") | {""}
_ESCAPE_BEFORE_RE = re.compile(r"\\(?:[xuU][0-9A-Fa-f]{0,7})?\Z")
_VERSION_RE = re.compile(r"%YAML[ \t]+([0-9]+)\.")
# Node properties (anchors, tags) and blanks/comments: what may stand between a node's
# start and the token that should have been its content.
_PROPERTIES_RE = re.compile(r"(?:[&!][^ \t\r\n]*|[ \t\r\n\x85\u2028\u2029]+|#[^\r\n\x85\u2028\u2029]*)*")
# In flow context: a quoted text (only where a token may start), a comment, or a bracket.
_FLOW_TOKEN_RE = re.compile(
    r"""(?<=[\s\[\]{},:?])(?:'(?:[^']|'')*'?|"(?:[^"\\]|\\.)*"?)"""
    r"""|(?<=[\s\[\]{},])\#[^\r\n\x85\u2028\u2029]*"""
    r"""|[\[\]{}]""",
    re.DOTALL,
)


@dataclass(frozen=True)
class SyntaxProblem:
    """A parser error as a finding: its rule, where it is, and what to write instead."""

    rule: str
    mark: Mark | None
    message: str
    hint: str


def describe(error: MarkedYAMLError, text: str) -> SyntaxProblem:
    """The finding for a parser error in `text` (the text the parser read)."""
    if isinstance(error, ComposerError):
        return _composer_problem(error, text)
    spot = _Spot(error, text)
    words: tuple[str, str] | None = None
    if isinstance(error, ScannerError):
        words = _scanner_words(spot)
    elif isinstance(error, ParserError):
        words = _parser_words(spot)
    if words is None:
        words = _quoted_words(error)
    return SyntaxProblem("yaml-syntax", spot.mark, *words)


def alias_hint() -> str:
    """The hint of every `yaml-alias` finding (the loader's and this module's)."""
    return t("write the value out in full; anchors and aliases are not supported in plans")


def alias_error(path: str, mark: Place | None, message: str) -> LoadError:
    return error_at(path, mark, "yaml-alias", message, alias_hint())


def _quoted_words(error: MarkedYAMLError) -> tuple[str, str]:
    """A sentence of ours that quotes the parser's own words (English whatever the language).

    Only for what the marks cannot tell apart (a `%TAG` handle nobody declared, a broken
    directive, libyaml's own nesting limit with no deeper level before it, ...).
    """
    problem = error.problem or error.context
    if problem is None:
        return t("the YAML cannot be read"), t("check the indentation and quoting around this place")
    words = f"{problem} ({error.context})" if error.problem and error.context else problem
    return t("the YAML cannot be read: {problem}", problem=words), t(
        "check the indentation and quoting around this place"
    )


class _Spot:
    """The marks of an error and the characters at them."""

    def __init__(self, error: MarkedYAMLError, text: str) -> None:
        self.text = text
        self.problem: Mark | None = error.problem_mark
        self.context: Mark | None = error.context_mark
        self.mark = self.problem or self.context
        self.at = _char(text, self.problem)
        self.opened_at = _char(text, self.context)

    @property
    def since(self) -> str:
        """Where the construct began, to be put after "starts on" / "begynder"."""
        if self.context is None:
            return t("above")
        return t("line {opened}", opened=self.context.line + 1)

    @property
    def before(self) -> str:
        """The text on the problem's line before it."""
        if self.problem is None:
            return ""
        index = min(self.problem.index, len(self.text))
        return self.text[max(index - self.problem.column, 0) : index]

    @property
    def at_end(self) -> bool:
        return self.problem is not None and self.problem.index >= len(self.text)


def _char(text: str, mark: Mark | None) -> str:
    if mark is None or not 0 <= mark.index < len(text):
        return ""
    return text[mark.index]


# --- the scanner: characters that do not make a token --------------------------------------


def _scanner_words(spot: _Spot) -> tuple[str, str] | None:
    problem, context = spot.problem, spot.context
    if problem is None:
        return None
    if spot.opened_at == '"' and _at_escape(spot.text, problem.index):
        return (
            t("this double-quoted text holds an unknown backslash escape"),
            t("write a backslash as \\\\ or use single quotes"),
        )
    if context is not None and context.index != problem.index and _in_property_or_directive(spot, context, problem):
        return None
    if spot.at == "\t" and _tab_is_the_problem(spot, context, problem):
        return t("a tab character is used here, but YAML indents with spaces only"), t("indent with spaces, not tabs")
    if context is None or context.index == problem.index:
        return _single_character_words(spot, nesting=context is not None)
    if spot.opened_at in ("'", '"') and not _quote_closed(spot.text, context.index, problem.index):
        if spot.at_end:
            return t("a quoted text that starts on {since} is never closed", since=spot.since), t(
                "add the closing quote"
            )
        return None  # a `---` or `...` line inside the quotes
    if _key_without_colon(spot, context, problem):
        return (
            t("the key that starts on {since} has no ':' after it", since=spot.since),
            t("write `key: value`; a text that continues on the next line must be indented more"),
        )
    return None


def _tab_is_the_problem(spot: _Spot, context: Mark | None, problem: Mark) -> bool:
    """A tab where a token should start, in a block scalar, or in the indentation of a line."""
    if context is None or context.index == problem.index or spot.opened_at in ("|", ">"):
        return True
    return not spot.before.strip(" \t")


def _single_character_words(spot: _Spot, *, nesting: bool) -> tuple[str, str] | None:
    """The scanner stopped at one character, with nothing open before it."""
    char = spot.at
    if nesting and char in _NESTING_OPENERS:
        # libyaml's own nesting limit; the loader reports `yaml-too-deep` before it when it
        # finds a level deeper than its limit, so what is left is quoted.
        return None
    if char == ":":
        return (
            t("a colon followed by a space starts a key here, where none is allowed"),
            t(
                "put a space after the colon or quote the text if it contains ': ' "
                '(title: "Mål: 10 pct."); a value that continues on the next line must not look like a new key'
            ),
        )
    if char == "-":
        return t("a list cannot start on the same line here"), t("start the list on a new line, indented under its key")
    if char in ("", "?"):
        return None
    return (
        t("the character {char} cannot start a value in YAML", char=repr(char)),
        t('put the text in quotes: "{char}..."', char=char),
    )


def _at_escape(text: str, index: int) -> bool:
    """At a bad backslash escape: libyaml stops at the backslash or at the first wrong digit
    of `\\x`, `\\u`, `\\U`; PyYAML's pure-Python scanner just after the backslash."""
    return text[index : index + 1] == "\\" or _ESCAPE_BEFORE_RE.search(text, max(index - 10, 0), index) is not None


def _quote_closed(text: str, start: int, end: int) -> bool:
    """Whether the quoted text that starts at `start` ends before `end`."""
    quote = text[start]
    index = start + 1
    while index < end:
        char = text[index]
        if quote == '"' and char == "\\":
            index += 2
            continue
        if char == quote:
            if quote == "'" and text[index + 1 : index + 2] == "'":
                index += 2
                continue
            return True
        index += 1
    return False


def _in_property_or_directive(spot: _Spot, context: Mark, problem: Mark) -> bool:
    """The scanner stopped inside a `%` directive, or inside an anchor, alias or tag.

    A property that a blank or the end of the text follows was read whole (only an empty
    anchor or alias name is wrong there): a key that starts with it is what went wrong.
    """
    opened, text = spot.opened_at, spot.text
    if opened == "%":
        return True
    if opened not in _PROPERTY_STARTS or _BLANK_RE.search(text, context.index, problem.index):
        return False
    if opened == "!":  # a tag read whole is followed by a blank or the end; `!handle!` needs more
        return (
            not spot.at_end or text[context.index : problem.index].endswith("!") and problem.index - context.index > 1
        )
    # An anchor or alias name is letters, digits, '_' and '-'; libyaml stops right after it
    # when it is empty or followed by anything but these.
    name = _NAME_RE.match(text, context.index + 1)
    end = name.end() if name else context.index + 1
    return problem.index == end and (end == context.index + 1 or spot.at not in _AFTER_NAME)


def _key_without_colon(spot: _Spot, context: Mark, problem: Mark) -> bool:
    """A possible key (a text, a bracketed collection) that libyaml gave up waiting a `:` for.

    libyaml drops a possible key at the end of its line, after 1024 characters, or at a
    token that cannot follow a key; one that stood where a key was required is then an
    error, reported there with the key as its context. Other scanner errors with a context
    come from a directive or a block scalar's header (`%`, `|`, `>`), or from a plain text in
    brackets with a `:` before `,` or a bracket.
    """
    if spot.opened_at in _NOT_KEY_STARTS:
        return False
    return not (spot.at == ":" and spot.text[problem.index + 1 : problem.index + 2] in _FLOW_AFTER_COLON)


# --- the parser: tokens that do not make a document -----------------------------------------


def _parser_words(spot: _Spot) -> tuple[str, str] | None:
    problem, context = spot.problem, spot.context
    if problem is None:
        return None
    if context is None:
        return _between_documents_words(spot)
    node_start = context.index == problem.index or _PROPERTIES_RE.fullmatch(spot.text, context.index, problem.index)
    if node_start and _NAMED_HANDLE_RE.match(spot.text, problem.index):
        return None  # a tag whose `!handle!` no %TAG line declares
    if context.index == problem.index or (node_start and spot.at in _NOT_NODE_STARTS):
        # A node starts at the context (perhaps with an anchor or tag) and has no content:
        # the token here cannot start one.
        if spot.at == ":":
            return t("this mapping entry has no key"), t("write a key before the colon, such as `title:`")
        return t("a value is missing here"), t("write a value, or quote the text")
    opened = spot.opened_at
    if opened in ("[", "{") and not _flow_closed(spot.text, context.index, problem.index):
        return (
            t("the bracketed collection that starts on {since} is not closed here", since=spot.since),
            t("put a comma between items and close it with '{closer}'", closer="]" if opened == "[" else "}"),
        )
    if spot.before.strip():
        return (
            t("more text follows a value that has already ended (after a closing quote or bracket)"),
            t("quote the whole value (inside single quotes write '' for a quote), or remove an extra ']' or '}'"),
        )
    if opened == "-" and spot.text[context.index + 1 : context.index + 2] in ("", " ", "\t", "\r", "\n"):
        return (
            t("this line does not continue the list that starts on {since}", since=spot.since),
            t("start every list item with '- ' at the same column"),
        )
    return (
        t("this line is not indented like the keys of the mapping that starts on {since}", since=spot.since),
        t("line up the keys of one mapping at the same column, using spaces"),
    )


def _between_documents_words(spot: _Spot) -> tuple[str, str] | None:
    """A parser error with no construct open: a `%` directive, or text after the document."""
    if spot.at == "%":
        version = _VERSION_RE.match(spot.text, spot.problem.index) if spot.problem else None
        if version is not None and version.group(1) != "1":
            return t("only YAML version 1 documents can be read"), t("remove the `%YAML` line")
        return None
    if spot.at == "":
        return None
    return t("more text follows the end of the YAML data here"), t(
        "remove it, or look for an extra ']' or '}' before it"
    )


def _flow_closed(text: str, start: int, end: int) -> bool:
    """Whether the bracket at `start` is closed before `end` (quotes and comments skipped).

    If it is, the parser did not stop inside it: the bracket starts the first key of a
    block mapping (`[a, b]: x`), and the error is about that mapping.
    """
    waiting: list[str] = []
    for found in _FLOW_TOKEN_RE.finditer(text, start, end):
        char = found.group()
        if char in ("[", "{"):
            waiting.append("]" if char == "[" else "}")
        elif char in ("]", "}"):
            if not waiting or waiting.pop() != char:
                return False  # closed by the other kind of bracket: the error is inside it
            if not waiting:
                return True
    return False


# --- the composer: documents and aliases -----------------------------------------------------


def _composer_problem(error: ComposerError, text: str) -> SyntaxProblem:
    problem, context = error.problem_mark, error.context_mark
    if context is not None and _char(text, problem) != "&":
        return SyntaxProblem(
            "yaml-multiple-documents",
            problem,
            t("the file holds more than one YAML document (a second one starts here)"),
            t("remove the `---` line and merge the documents; one file holds one plan"),
        )
    return SyntaxProblem(
        "yaml-alias",
        problem or context,
        t("the alias here repeats a value; anchors and aliases are not supported"),
        alias_hint(),
    )


# --- the loader's error for what libyaml refused ----------------------------------------


def yaml_error(error: yaml.YAMLError, text: str, path: str) -> LoadError:
    if not isinstance(error, MarkedYAMLError):  # the reader: a character YAML does not allow
        return _reader_error(error, text, path)
    problem = describe(error, text)
    return error_at(path, problem.mark, problem.rule, problem.message, problem.hint)


# YAML's printable set (libyaml's reader refuses everything else).
_FORBIDDEN_RE = re.compile("[^\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _reader_error(error: yaml.YAMLError, text: str, path: str) -> LoadError:
    found = _FORBIDDEN_RE.search(text)
    if found is None:  # not expected: we validated UTF-8 before libyaml read it
        return LoadError(
            path,
            0,
            0,
            "yaml-encoding",
            t("the file cannot be read as text: {error}", error=error),
            t("save the file as UTF-8"),
        )
    line, column = text_position(text, found.start())
    return LoadError(
        path,
        line,
        column,
        "yaml-encoding",
        t("the file holds the control character U+{code}, which YAML does not allow", code=f"{ord(found.group()):04X}"),
        t(
            "delete the character (often invisible, pasted from another program); "
            "if the file is full of them, save it as UTF-8"
        ),
    )
