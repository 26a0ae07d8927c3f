"""Plain data from the composed node tree: dicts, lists, text, exact numbers; everything else refused by name.

Keys must be plain text and appear once per mapping; numbers are bounded (length, size,
decimals) and integers must be written in plain decimal digits; tags other than the core
schema's are refused. The depth is checked again here, and a budget of nodes catches a
tree that shares nodes through aliases the event scan did not see.
"""

from __future__ import annotations

import decimal
import re
from typing import Any, NoReturn

from yaml.nodes import MappingNode, Node, ScalarNode

from tfi_rules.i18n import t
from tfi_rules.load.limits import MAX_NUMBER_CHARS
from tfi_rules.load.load_error import LoadError, Mark, error_at, too_deep
from tfi_rules.load.yaml12 import (
    BOOL_TAG,
    BOOL_WORDS,
    FLOAT_RE,
    FLOAT_TAG,
    INT_RE,
    INT_TAG,
    NULL_TAG,
    NULL_WORDS,
    SPECIAL_FLOATS,
    STR_TAG,
    check_tag,
    show_tag,
)
from tfi_rules.numbers import bounds_problem, bounds_rule, format_count, shortened


def build_mapping(node: MappingNode, depth: int, max_depth: int, budget: list[int], path: str) -> dict[str, Any]:
    if depth > max_depth:
        raise too_deep(path, node.start_mark, max_depth)
    budget[0] -= len(node.value)
    if budget[0] < 0:
        raise _repeated_through_alias(path, node.start_mark)
    result: dict[str, Any] = {}
    for key_node, value_node in node.value:
        if key_node.__class__ is not ScalarNode or key_node.tag != STR_TAG:
            _reject_key(key_node, path)
        key = key_node.value
        if key in result:
            _reject_duplicate(node, key_node, path)
        if value_node.__class__ is ScalarNode:
            result[key] = value_node.value if value_node.tag == STR_TAG else _scalar(value_node, path)
        else:
            result[key] = _build(value_node, depth + 1, max_depth, budget, path)
    return result


def _build(node: Node, depth: int, max_depth: int, budget: list[int], path: str) -> Any:
    """Plain data for one collection node (scalars are handled inline by the callers)."""
    check_tag(node, path)
    if isinstance(node, MappingNode):
        return build_mapping(node, depth, max_depth, budget, path)
    if depth > max_depth:
        raise too_deep(path, node.start_mark, max_depth)
    budget[0] -= len(node.value)
    if budget[0] < 0:
        raise _repeated_through_alias(path, node.start_mark)
    items: list[Any] = []
    for item in node.value:
        if item.__class__ is ScalarNode:
            items.append(item.value if item.tag == STR_TAG else _scalar(item, path))
        else:
            items.append(_build(item, depth + 1, max_depth, budget, path))
    return items


def _scalar(node: ScalarNode, path: str) -> Any:
    tag, value = node.tag, node.value
    if tag == NULL_TAG and value in NULL_WORDS:
        return None
    if tag == BOOL_TAG and value in BOOL_WORDS:
        return BOOL_WORDS[value]
    if tag == INT_TAG and INT_RE.fullmatch(value):
        _check_number_length(node, path)
        return _check_number_bounds(node, path, _integer(node, path))
    if tag == FLOAT_TAG and FLOAT_RE.fullmatch(value):
        _check_number_length(node, path)
        text = value[1:] if value.startswith("+") else value
        special = SPECIAL_FLOATS.get(text.lower())
        if special is not None:
            return special  # the model refuses .inf and .nan where it wants an amount, by name
        try:
            number = decimal.Decimal(text)
        except decimal.InvalidOperation:  # an exponent of 19 digits or more, beyond what Decimal holds
            raise error_at(
                path,
                node.start_mark,
                "yaml-number",
                t("the number {number} is out of range: {rule}", number=shortened(value), rule=bounds_rule()),
                t("write the number in full, or quote it if it is text"),
            ) from None
        return _check_number_bounds(node, path, number)
    check_tag(node, path)
    # Only an explicit tag (`!!int abc`) gets here: the text does not fit it.
    raise error_at(
        path,
        node.start_mark,
        "yaml-tag",
        t("the value {value} is not a valid {tag}", value=repr(value), tag=show_tag(tag)),
        t("remove the tag; plans hold plain text, numbers, lists and mappings"),
    )


def _check_number_length(node: ScalarNode, path: str) -> None:
    if len(node.value) > MAX_NUMBER_CHARS:
        raise error_at(
            path,
            node.start_mark,
            "yaml-number",
            t(
                "this number has {count} characters; at most {limit} are allowed",
                count=format_count(len(node.value)),
                limit=format_count(MAX_NUMBER_CHARS),
            ),
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
        message = t(
            "the number {number} starts with a zero, which YAML tools read differently "
            "(as {value}, as octal or as text)",
            number=value,
            value=number,
        )
    else:
        return int(value)
    raise error_at(
        path,
        node.start_mark,
        "yaml-number",
        message,
        t(
            'write {value} (plain decimal digits), or put it in quotes ("{number}") if it is text such as a code',
            value=number,
            number=value,
        ),
    )


def _check_number_bounds(node: ScalarNode, path: str, number: decimal.Decimal | int) -> decimal.Decimal | int:
    """The number, if it lies within the bounds of `tfi_rules.numbers` (see `loader`'s docstring)."""
    problem = bounds_problem(number, node.value)
    if problem is not None:
        raise error_at(path, node.start_mark, "yaml-number", *problem)
    return number


def _reject_key(key_node: Node, path: str) -> NoReturn:
    check_tag(key_node, path)
    if not isinstance(key_node, ScalarNode):
        raise error_at(
            path,
            key_node.start_mark,
            "yaml-key",
            t("a list or mapping cannot be a key"),
            t("use a plain text key such as `title:`"),
        )
    value = key_node.value
    if value == "":
        raise error_at(
            path,
            key_node.start_mark,
            "yaml-key",
            t("this mapping entry has no key"),
            t("write a key before the colon, such as `title:`"),
        )
    if key_node.tag == BOOL_TAG:
        message = t("the key {key} is read as true/false, not as text", key=value)
    elif key_node.tag == NULL_TAG:
        message = t("the key {key} is read as null, not as text", key=value)
    else:
        message = t("the key {key} is read as a number, not as text", key=value)
    raise error_at(path, key_node.start_mark, "yaml-key", message, t('write the key in quotes: "{key}":', key=value))


def _reject_duplicate(mapping: MappingNode, key_node: ScalarNode, path: str) -> NoReturn:
    first = next(k for k, _ in mapping.value if k.__class__ is ScalarNode and k.value == key_node.value)
    raise error_at(
        path,
        key_node.start_mark,
        "yaml-duplicate-key",
        t(
            "key '{key}' appears twice in this mapping (first on line {line})",
            key=key_node.value,
            line=first.start_mark.line + 1,
        ),
        t("keep one of them; YAML would silently drop the first"),
    )


def _repeated_through_alias(path: str, mark: Mark | None) -> LoadError:
    from tfi_rules.load.yaml_errors import alias_error  # only for a refused file (see loader._load)

    return alias_error(
        path, mark, t("a value here is repeated through an alias; anchors and aliases are not supported")
    )
