"""Plan data to YAML text that tfi's YAML 1.2 loader reads back as the same data.

PyYAML writes YAML 1.1; where the two read a plain scalar differently (`1e3`, `0o17` are numbers
to YAML 1.2 and text to YAML 1.1), the text is quoted. Exact numbers stay exact (Decimal as written).
"""

from __future__ import annotations

import re
import textwrap
from datetime import date
from decimal import Decimal
from typing import Any

import yaml

from ..numbers import plain_number

# YAML 1.2 core schema: what a plain scalar is read as other than text.
_NOT_TEXT_IN_YAML_12 = re.compile(
    r"[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?"
    r"|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN)|null|Null|NULL|~|true|True|TRUE|false|False|FALSE|"
)


class _Dumper(yaml.SafeDumper):
    """Block style, keys in the plan's order, lists indented under their key as in the repository's plans."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)


_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _text(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    if _ISO_DAY.fullmatch(value):  # tfi's loader reads a day as its text: written plain, as people write it
        return dumper.represent_scalar("tag:yaml.org,2002:timestamp", value)
    # NEL and the Unicode line and paragraph separators are line breaks to YAML 1.1 but not to 1.2:
    # in a single-quoted scalar they were folded into spaces (hypothesis found '\x85'); escaped in
    # double quotes they read back as written.
    if _NOT_TEXT_IN_YAML_12.fullmatch(value) or any(mark in value for mark in "\x85\u2028\u2029"):
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style='"')
    return dumper.represent_str(value)


def _number(dumper: yaml.SafeDumper, value: Decimal) -> yaml.ScalarNode:
    written = plain_number(value, as_written=True)
    whole = re.fullmatch(r"-?[0-9]+", written) is not None
    return dumper.represent_scalar("tag:yaml.org,2002:int" if whole else "tag:yaml.org,2002:float", written)


def _day(dumper: yaml.SafeDumper, value: date) -> yaml.ScalarNode:
    return dumper.represent_scalar("tag:yaml.org,2002:timestamp", value.isoformat())


_Dumper.add_representer(str, _text)
_Dumper.add_representer(Decimal, _number)
_Dumper.add_representer(date, _day)


def to_yaml(data: dict[str, Any]) -> str:
    """The data as block YAML, keys in order, Danish letters as they are."""
    return yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=110, default_flow_style=False)


COMMENT_WIDTH = 100


def with_comments(text: str, comments: dict[str, list[str]]) -> str:
    """Put comment lines above top-level keys (`areas:`): a line starting a top-level key is never
    inside a scalar, so a comment put there cannot change a value."""
    lines: list[str] = []
    for line in text.splitlines(keepends=True):
        key = line.split(":", 1)[0] if line[:1].isalpha() and ":" in line else None
        for comment in comments.get(key or "", []):
            lines.extend(f"# {part}\n" for part in textwrap.wrap(comment, COMMENT_WIDTH))
        lines.append(line)
    return "".join(lines)
