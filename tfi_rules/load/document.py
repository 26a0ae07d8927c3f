"""A loaded plan (`Document`): its plain data, and its node tree for finding positions later.

Also the editor's schema modeline (`# yaml-language-server: $schema=...`): the document
keeps the schema the file names for itself (the seeds' tests check that it names the
right one).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from tfi_rules.findings import parse_pointer
from tfi_rules.load.load_error import position


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
                return position(node.start_mark)
            key_node, node = found
        if key and key_node is not None:
            return position(key_node.start_mark)
        return position(node.start_mark)

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


_SCHEMA_RE = re.compile(r"#\s*yaml-language-server\s*:\s*\$schema=(\S+)")


def modeline_schema(text: str) -> str | None:
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
