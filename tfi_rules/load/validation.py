"""Schema validation: plain data → typed model, or findings that say where and what to write.

A valid file is read into the models by `model/build.py`, without pydantic. A file that is not is
validated again by the models' pydantic twins (the JSON Schemas are generated from the same twins);
this module turns their errors into findings in the user's terms, with the JSON pointer and the line
of the offending node.
"""

from __future__ import annotations

import types
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol, Union, get_args, get_origin

from ..findings import Finding, Severity, json_pointer
from ..i18n import t
from ..model import AnyModel
from ..model.build import build
from ..model.types import describe_value
from ..suggest import close_matches

if TYPE_CHECKING:
    from pydantic import BaseModel

SCHEMA_RULE = "schema"
KIND_RULE = "file-kind"


class Located(Protocol):
    """Anything that can turn a JSON pointer into a 1-based (line, column), like the loader's Document."""

    def locate(self, pointer: str | tuple[str | int, ...], *, key: bool = False) -> tuple[int, int]: ...


class Validation(NamedTuple):
    model: AnyModel | None
    findings: list[Finding]
    unexplained: int = 0
    """Schema errors past the ones asked to be explained: counted (each an error), not explained."""


def validate(data: dict[str, Any], path: str, document: Located) -> tuple[AnyModel | None, list[Finding]]:
    """Validate one file's data against the model its `kind:` names; every schema error explained."""
    model, findings, _ = validate_first(data, path, document, explain=0)
    return model, findings


def validate_first(data: dict[str, Any], path: str, document: Located, explain: int) -> Validation:
    """Validate as `validate` does, but explain only the first `explain` schema errors (0: all).

    Explaining an error (its position, its words, "did you mean" among the allowed keys)
    costs 50–75 µs; a file can hold 80,000 errors (20,000 values, up to 4 errors each:
    `capacity: [{}, {}, ...]`), of which `tfi check` lists 100. The rest are only counted;
    which are explained follows the order pydantic reports them in (the model's fields in
    order, lists item by item).
    """
    from ..model import MODEL_BY_KIND

    unread = _unreadable_kind(data, path, document)
    if unread is not None:
        return Validation(None, [unread])
    kind = data.get("kind")
    if kind not in MODEL_BY_KIND:
        return Validation(None, [_kind_finding(kind, data, path, document)])
    record = MODEL_BY_KIND[kind]
    built = build(record, data)
    if built is not None:
        return Validation(built, [])
    from pydantic import ValidationError

    from ..model.pydantic_models import pydantic_model, validated_by_twin

    try:
        return Validation(validated_by_twin(record, data), [])
    except ValidationError as error:
        errors = error.errors(include_url=False)
        explained = errors[:explain] if explain else errors
        model = pydantic_model(record)
        findings = sorted({_finding(item, data, model, path, document) for item in explained})
        return Validation(None, findings, len(errors) - len(explained))


def _unreadable_kind(data: dict[str, Any], path: str, document: Located) -> Finding | None:
    """The one place where the file's data is read before a model validates it: `kind:`, which
    chooses the model. A list or mapping there (`kind: []`) cannot even be looked up (it is not
    hashable), so it is a schema error here rather than a crash in every command."""
    from ..model import MODEL_BY_KIND

    kind = data.get("kind")
    if not isinstance(kind, (list, dict)):
        return None
    line, column = document.locate("/kind")
    return Finding(
        path,
        line,
        column,
        SCHEMA_RULE,
        Severity.ERROR,
        t("'{name}' must be text, found {found}", name="kind", found=describe_value(kind)),
        t("write `kind: {kind}` (one of: {kinds})", kind=_guess_kind(data), kinds=", ".join(MODEL_BY_KIND)),
        "/kind",
    )


def _guess_kind(data: dict[str, Any]) -> str:
    return "measurements" if "measurements" in data else "mandate" if "capacity" in data else "plan"


def _kind_finding(kind: Any, data: dict[str, Any], path: str, document: Located) -> Finding:
    from ..model import MODEL_BY_KIND

    kinds = ", ".join(MODEL_BY_KIND)
    guess = _guess_kind(data)
    if kind is None:
        line, column = document.locate("")
        message = t("the file does not say what kind of file it is")
        hint = t("add `kind: {kind}` at the top (one of: {kinds})", kind=guess, kinds=kinds)
    else:
        line, column = document.locate("/kind")
        message = t("unknown kind of file {kind}", kind=repr(kind))
        close = close_matches(str(kind), MODEL_BY_KIND)
        hint = t("write `kind: {kind}` (one of: {kinds})", kind=close[0] if close else guess, kinds=kinds)
    return Finding(path, line, column, KIND_RULE, Severity.ERROR, message, hint, "/kind" if kind is not None else "")


def _finding(error: Any, data: dict[str, Any], model: type[BaseModel], path: str, document: Located) -> Finding:
    data_path, at_key = _data_path(error["loc"], data)
    pointer = json_pointer(data_path)
    message, hint = _explain(error, data_path, data, model)
    if error["type"] == "missing":
        line, column = document.locate(json_pointer(data_path[:-1]))
    else:
        line, column = document.locate(pointer, key=at_key)
    return Finding(path, line, column, SCHEMA_RULE, Severity.ERROR, message, hint, pointer)


def _data_path(loc: tuple[Any, ...], data: Any) -> tuple[tuple[str | int, ...], bool]:
    """Follow pydantic's `loc` through the data, dropping the entries pydantic adds
    (union tags, validator names) that are not keys of the file."""
    path: list[str | int] = []
    node = data
    for index, part in enumerate(loc):
        if isinstance(node, dict) and isinstance(part, str) and part in node:
            path.append(part)
            node = node[part]
        elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
            path.append(part)
            node = node[part]
        elif index == len(loc) - 1 and isinstance(node, dict) and isinstance(part, str):
            # A missing key or a key the model does not know: name it, point at its mapping.
            path.append(part)
            return tuple(path), True
    return tuple(path), False


def _explain(
    error: Any, data_path: tuple[str | int, ...], data: dict[str, Any], model: type[BaseModel]
) -> tuple[str, str]:
    kind = error["type"]
    context = error.get("ctx") or {}
    name = str(data_path[-1]) if data_path else t("the file")
    if kind.startswith("tfi_"):
        # Our own validators put the message, already in the language in use, in the context.
        return str(context.get("message", error["msg"])), str(context.get("hint", ""))
    allowed = _allowed_keys(model, data_path[:-1], data)
    if kind == "missing":
        return t("required key '{name}' is missing", name=name), t("add `{name}:` here", name=name)
    if kind == "extra_forbidden":
        close = close_matches(name, allowed)
        hint = t("did you mean '{key}'?", key=close[0]) if close else ""
        if allowed:
            hint = (hint + " " if hint else "") + t("allowed keys here: {keys}", keys=", ".join(allowed))
        return t("unknown key '{name}'", name=name), hint
    if kind == "literal_error":
        found = error.get("input")
        options = [option.strip(" '") for option in str(context.get("expected", "")).replace(" or ", ", ").split(",")]
        expected = _one_of(options)
        close = close_matches(str(found), options)
        hint = t("write '{value}'", value=close[0]) if close else t("write one of {options}", options=expected)
        return t(
            "'{name}' must be one of {options}; found {found}", name=name, options=expected, found=repr(found)
        ), hint
    if kind == "union_tag_invalid":
        tags = str(context.get("expected_tags", ""))
        options = [tag.strip(" '") for tag in tags.split(",")]
        close = close_matches(str(context.get("tag")), options)
        hint = t("write `kind: {kind}`", kind=close[0]) if close else t("write `kind:` as one of {kinds}", kinds=tags)
        return t("unknown kind {kind} for '{name}'", kind=repr(context.get("tag")), name=name), hint
    if kind == "union_tag_not_found":
        return (
            t("'{name}' does not say its `kind:`", name=name),
            t("add `kind:` (for a target: at_least, at_most, exactly, range, change, all, done or qualitative)"),
        )
    found = describe_value(error.get("input"))
    if kind in ("model_type", "dict_type", "model_attributes_type"):
        return t("'{name}' must be a mapping of keys, found {found}", name=name, found=found), _mapping_hint(allowed)
    if kind == "list_type":
        return (
            t("'{name}' must be a list, found {found}", name=name, found=found),
            t("write each item on its own line, starting with '- '"),
        )
    if kind == "bool_type":
        return (
            t("'{name}' must be true or false, found {found}", name=name, found=found),
            t("write true or false (without quotes)"),
        )
    if kind in ("string_type",):
        return t("'{name}' must be text, found {found}", name=name, found=found), t("put the text in quotes")
    if kind == "too_short":
        return (
            t("'{name}' needs at least {count} item(s)", name=name, count=context.get("min_length", 1)),
            t("add an item"),
        )
    # An error we have no words for: name the key in the user's language, quote pydantic's own words.
    return t("'{name}': {problem}", name=name, problem=error["msg"]), ""


def _one_of(options: list[str]) -> str:
    """`'a', 'b' or 'c'` (as pydantic writes the choices) in the language in use."""
    quoted = [f"'{option}'" for option in options]
    if len(quoted) < 2:
        return "".join(quoted)
    return t("{choices} or {last}", choices=", ".join(quoted[:-1]), last=quoted[-1])


def _mapping_hint(allowed: list[str]) -> str:
    if not allowed:
        return t("write `key: value` lines, indented under this key")
    return t("write `key: value` lines indented under this key, e.g. {keys}", keys=", ".join(allowed[:4]))


def _allowed_keys(model: type[BaseModel], parent: tuple[str | int, ...], data: dict[str, Any]) -> list[str]:
    """The keys the model allows at a place in the data (for 'did you mean')."""
    current: Any = model
    node: Any = data
    for part in parent:
        node = node[part] if isinstance(node, (dict, list)) else None  # type: ignore[index]
        if isinstance(part, int):
            continue
        current = _field_model(current, part, node)
        if current is None:
            return []
    if _is_twin(current):
        return [field.alias or name for name, field in current.model_fields.items()]
    return []


def _field_model(model: Any, key: str, node: Any) -> Any:
    if not _is_twin(model):
        return None
    for name, field in model.model_fields.items():
        if (field.alias or name) == key:
            return _unwrap(field.annotation, node)
    return None


def _unwrap(annotation: Any, node: Any) -> Any:
    """The model class inside `list[X]`, `X | None`, or a union picked by `kind`."""
    args = get_args(annotation)
    origin = get_origin(annotation)
    if origin is list:
        return _unwrap(args[0], node[0] if isinstance(node, list) and node else None)
    if origin is not None and args:
        candidates = [arg for arg in args if _is_twin(arg)]
        if not candidates:
            nested = [_unwrap(arg, node) for arg in args if get_origin(arg) is not None]
            candidates = [c for c in nested if c is not None]
        if origin in (Union, types.UnionType) and len(candidates) > 1 and isinstance(node, dict):
            for candidate in candidates:
                kind_field = candidate.model_fields.get("kind")
                if kind_field and node.get("kind") in get_args(kind_field.annotation):
                    return candidate
        return candidates[0] if candidates else None
    return annotation


def _is_twin(candidate: Any) -> bool:
    """Whether `candidate` is a model's pydantic twin (the errors explained here are the twins')."""
    from ..model.pydantic_models import TwinModel

    return isinstance(candidate, type) and issubclass(candidate, TwinModel)
