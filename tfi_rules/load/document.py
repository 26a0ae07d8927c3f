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

from tfi_rules.findings import json_pointer, parse_pointer
from tfi_rules.load.load_error import position

# What a JSON pointer leads to: its node, and the key node it stands under in a mapping (None for
# the root and for a sequence's items).
Place = tuple[Node, Node | None]


@dataclass(frozen=True, eq=False)
class Document:
    """One loaded plan: its data, and its node tree for finding positions later."""

    path: str
    data: dict[str, Any]
    schema_comment: str | None
    _root: Node = field(repr=False)
    # Every node's JSON pointer → its place, made in one pass over the tree the first time a
    # position is asked for: walking from the root for each finding was 11 % of a check of
    # plans with 30 findings each (issue 17). A pointer it lacks (one that leads nowhere, or a
    # spelling of an index such as "01") is walked as before.
    _places: dict[str, Place] = field(default_factory=dict, repr=False)
    # Each mapping's keys → (key node, value node), for those walks: scanning the key list per
    # lookup made a file with 16,000 unknown keys quadratic (13.5 s); see tests/system/test_scaling.py.
    _keys: dict[int, dict[str, tuple[Node, Node]]] = field(default_factory=dict, repr=False)

    def locate(self, pointer: str | tuple[str | int, ...], *, key: bool = False) -> tuple[int, int]:
        """1-based (line, column) of the node at the JSON pointer (or of its mapping KEY when key=True).

        If the pointer leads nowhere (e.g. a missing required property), return the position of
        the deepest existing ancestor (for a missing property: that mapping's first line).
        Never raises.
        """
        if not self._places:
            _index_places(self._root, self._places)
        place = self._places.get(pointer if isinstance(pointer, str) else json_pointer(pointer))
        if place is None:
            return self._walk(pointer, key=key)
        node, key_node = place
        return position(key_node.start_mark if key and key_node is not None else node.start_mark)

    def _walk(self, pointer: str | tuple[str | int, ...], *, key: bool) -> tuple[int, int]:
        """`locate` by walking from the root, part by part."""
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


def _index_places(root: Node, places: dict[str, Place]) -> None:
    """Put every node under `root` into `places`, by the pointer that `_walk` would follow to it:
    a mapping's text keys (the first of a repeated key), a sequence's indexes."""
    places[""] = (root, None)
    stack: list[tuple[str, Node]] = [("", root)]
    while stack:
        pointer, node = stack.pop()
        if isinstance(node, MappingNode):
            for key_node, value_node in node.value:
                if not isinstance(key_node, ScalarNode):
                    continue
                key = key_node.value
                # json_pointer escapes `~` and `/`; most keys have neither, and are joined as they are
                child = pointer + json_pointer((key,)) if "~" in key or "/" in key else f"{pointer}/{key}"
                if child not in places:
                    places[child] = (value_node, key_node)
                    if not isinstance(value_node, ScalarNode):
                        stack.append((child, value_node))
        elif isinstance(node, SequenceNode):
            for number, item in enumerate(node.value):
                child = f"{pointer}/{number}"
                places[child] = (item, None)
                if not isinstance(item, ScalarNode):
                    stack.append((child, item))


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
