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

Where each part is done (each module of `tfi_rules.load`, in the order a file meets them):

- `reading`: the bytes of a regular file within `max_bytes` (never waiting on a FIFO),
  and their text (UTF-8 only; other encodings are named).
- `prescan`: what is proved before libyaml composes a tree: the depth, no anchors, at most
  `max_values` values (from the text's characters where they suffice, else libyaml's events).
- `yaml12`: the parser, with the YAML 1.2 core-schema resolver above and the tag checks.
- `plain_data`: plain data from the nodes: keys, duplicates, numbers and their bounds.
- `yaml_errors`: what libyaml refused, in plain words.
- `document`: the loaded `Document` (positions by JSON pointer) and the schema modeline.
- `limits` (`Limits`, `DEFAULT_LIMITS`, with the measurements behind them) and
  `load_error` (`LoadError` and the errors at a place in the text) serve them all.

This module puts them together (`load_file`, `load_text`) and is where callers import the
loader's names from.
"""

from __future__ import annotations

import os

import yaml
from yaml.nodes import MappingNode, ScalarNode, SequenceNode

from tfi_rules.i18n import t
from tfi_rules.load import yaml12
from tfi_rules.load.document import Document, modeline_schema
from tfi_rules.load.limits import DEFAULT_LIMITS, Limits
from tfi_rules.load.load_error import LoadError, error_at
from tfi_rules.load.plain_data import build_mapping
from tfi_rules.load.prescan import most_values, needs_event_scan, scan_events, too_many_values, value_beyond
from tfi_rules.load.reading import as_utf8, read_bytes
from tfi_rules.load.yaml12 import HAVE_LIBYAML, NULL_TAG, check_tag

# The names callers outside `tfi_rules.load` import from here.
__all__ = [
    "DEFAULT_LIMITS",
    "HAVE_LIBYAML",
    "Document",
    "Limits",
    "LoadError",
    "load_file",
    "load_text",
    "read_bytes",
]


def load_file(path: str | os.PathLike[str], limits: Limits = DEFAULT_LIMITS) -> Document:
    """Read and load one plan file; see the module docstring for what is refused."""
    name = os.fspath(path)
    return load_text(read_bytes(name, limits), name, limits)


def load_text(text: str | bytes, path: str = "<string>", limits: Limits = DEFAULT_LIMITS) -> Document:
    """Load one plan from its text (or its bytes, which must be UTF-8)."""
    try:
        return _load(text, path, limits)
    except RecursionError as error:  # defence in depth: depth is bounded before recursing
        raise LoadError(
            path,
            0,
            0,
            "yaml-too-deep",
            t("the file nests too deeply to be read"),
            t("keep lists and mappings within {depth} levels", depth=limits.max_depth),
        ) from error
    except MemoryError as error:
        raise LoadError(
            path,
            0,
            0,
            "yaml-too-large",
            t("the file needs too much memory to be read"),
            t("split the plan or remove pasted material; plans are a few kilobytes"),
        ) from error


def _load(text: str | bytes, path: str, limits: Limits) -> Document:
    source, text = as_utf8(text, path, limits)
    try:
        if needs_event_scan(text):
            scan_events(source, text, path, limits)
        if most_values(text) > limits.max_values:
            beyond = value_beyond(source, limits.max_values)
            if beyond is not None:
                raise too_many_values(path, beyond, limits)
        root = yaml12.PlanParser(source).get_single_node()
    except yaml.YAMLError as error:
        # Only a file libyaml refuses needs yaml_errors (and yaml_depth, through prescan): imported here,
        # they left the start-up of every check (2.7-3.1 ms, medians of 61 paired cold imports).
        from tfi_rules.load.yaml_errors import yaml_error

        raise yaml_error(error, text, path) from error
    if root is None or (isinstance(root, ScalarNode) and root.tag == NULL_TAG and root.value == "" and not root.style):
        raise LoadError(
            path,
            0,
            0,
            "yaml-empty",
            t("the file holds no YAML data"),
            t("write the plan as a mapping of keys such as `kind:`, `id:`, `title:`"),
        )
    check_tag(root, path)
    if not isinstance(root, MappingNode):
        if isinstance(root, SequenceNode):
            message = t("the file holds a list, not a mapping")
        else:
            message = t("the file holds a single value, not a mapping")
        raise error_at(
            path,
            root.start_mark,
            "yaml-top-level",
            message,
            t("write the plan as a mapping of keys such as `kind:`, `id:`, `title:`"),
        )
    # Without anchors every node stands on its own characters, so a tree with more
    # nodes than this can only come from shared nodes (aliases we failed to see).
    budget = [2 * len(text) + 8]
    data = build_mapping(root, 1, limits.max_depth, budget, path)
    return Document(path=path, data=data, schema_comment=modeline_schema(text), _root=root)
