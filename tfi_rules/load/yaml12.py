"""The YAML 1.2 core schema: libyaml's parser with our resolver, and the tags a plan may carry.

PyYAML resolves plain scalars by YAML 1.1 (`yes` is true, `010` is 8, `2007-06-25` a date);
plans are read as VS Code's YAML extension and check-jsonschema read them, by the 1.2 core
schema (the dialect is spelled out in `loader`'s docstring). `PlanParser` is the only
parser the loader uses; its modules look it up here at each reading (`yaml12.PlanParser`),
so that a test replacing it reaches every reading.
"""

from __future__ import annotations

import decimal
import re
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode

from tfi_rules.i18n import t
from tfi_rules.load.load_error import error_at

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


_TAG = "tag:yaml.org,2002:"
STR_TAG, INT_TAG, FLOAT_TAG, BOOL_TAG, NULL_TAG = (_TAG + name for name in ("str", "int", "float", "bool", "null"))
_MAP, _SEQ = _TAG + "map", _TAG + "seq"
_SCALAR_TAGS = frozenset({STR_TAG, INT_TAG, FLOAT_TAG, BOOL_TAG, NULL_TAG})

NULL_WORDS = frozenset({"", "~", "null", "Null", "NULL"})
BOOL_WORDS = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}
_WORD_START = frozenset("~nNtTfF")
_NUMBER_START = frozenset("0123456789+-.")
INT_RE = re.compile(r"[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+")
FLOAT_RE = re.compile(
    r"[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
    r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)"
)
SPECIAL_FLOATS = {
    ".inf": decimal.Decimal("Infinity"),
    "-.inf": decimal.Decimal("-Infinity"),
    ".nan": decimal.Decimal("NaN"),
}


def _resolve_plain(value: str) -> str:
    if not value:
        return NULL_TAG
    first = value[0]
    if first in _NUMBER_START:
        if INT_RE.fullmatch(value):
            return INT_TAG
        if FLOAT_RE.fullmatch(value):
            return FLOAT_TAG
    elif first in _WORD_START:
        if value in NULL_WORDS:
            return NULL_TAG
        if value in BOOL_WORDS:
            return BOOL_TAG
    return STR_TAG


class PlanParser(_ParserBase):
    """libyaml's composer with our resolver instead of PyYAML's YAML 1.1 one."""

    def resolve(self, kind: type[Node], value: str | None, implicit: Any) -> str:
        if kind is ScalarNode:
            # implicit[0]: a plain scalar without a tag; quoted and `!` ones are text.
            return _resolve_plain(value) if implicit[0] else STR_TAG  # type: ignore[arg-type]
        return _MAP if kind is MappingNode else _SEQ

    def descend_resolver(self, parent: Node | None, index: Any) -> None:
        pass

    def ascend_resolver(self) -> None:
        pass


def check_tag(node: Node, path: str) -> None:
    tag = node.tag
    if isinstance(node, ScalarNode):
        allowed = tag in _SCALAR_TAGS
    else:
        allowed = tag == (_MAP if isinstance(node, MappingNode) else _SEQ)
    if not allowed:
        raise error_at(
            path,
            node.start_mark,
            "yaml-tag",
            t("the tag {tag} is not allowed here", tag=show_tag(tag)),
            t("remove the tag; plans hold plain text, numbers, lists and mappings"),
        )


def show_tag(tag: str) -> str:
    return "!!" + tag[len(_TAG) :] if tag.startswith(_TAG) else tag
