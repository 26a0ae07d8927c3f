"""Validating a file's plain data into the records of `fields.py`, in Python, without pydantic.

It decides only "valid, and here are the records" or "not certainly valid". A file that is not valid
is validated again by the pydantic twins (`pydantic_models.py`), whose errors say where and what; so
every message and position comes from one place, and this module never has to explain anything. What
it accepts and builds is what the twins accept and build: `tests/load/test_build.py` compares the two
on every file of the repository and the test corpus, and on generated files (hypothesis).

The rules it applies are pydantic's strict mode as the models use it: unknown keys are errors, a
required key must be there, `true`/`false` only for a yes/no, a list for a list, a mapping for a
record, a union of records chosen by its `kind:`, each converter of `types.py` run on its value.

Measured (issue 17 item 4): `tfi check` of this repository no longer imports pydantic (68 ms) nor
builds the models' validators (55 + 41 ms); validating the 7 files here takes about 1 ms in Python.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any, Literal, TypeVar, Union

from .fields import (
    REQUIRED,
    Converter,
    Discriminator,
    Invalid,
    InvalidLevels,
    MinItems,
    Model,
    fields_of,
    fresh,
    record_of,
)

M = TypeVar("M", bound=Model)


class NotValid(Exception):
    """The data is not certainly valid: the pydantic twins say what is wrong."""


Read = Callable[[Any], Any]


def build(cls: type[M], data: Any) -> M | None:
    """The record `data` describes, or None when it is not certainly valid."""
    try:
        return _reader(cls)(data)
    except NotValid:
        return None


def validated(cls: type[M], data: Any) -> M:
    """The record `data` describes; pydantic's `ValidationError`, with every error, when it is not valid."""
    built = build(cls, data)
    if built is not None:
        return built
    from .pydantic_models import validated_by_twin

    return validated_by_twin(cls, data)


_READERS: dict[Any, Read] = {}


def _reader(cls: type[Model]) -> Read:
    reader = _READERS.get(cls)
    if reader is None:
        reader = _READERS[cls] = _record_reader(cls)
    return reader


def _record_reader(cls: type[Model]) -> Read:
    # Filled in on first use: a record may contain itself (a criterion's `of_which`).
    plan: list[tuple[str, Read, Any]] = []
    names: frozenset[str] = frozenset()

    def read(value: Any) -> Any:
        if not plan:
            nonlocal names
            fields = fields_of(cls)
            names = frozenset(field.name for field in fields)
            plan.extend((field.name, _annotation_reader(field.annotation), field.default) for field in fields)
        if type(value) is cls:
            return value
        if type(value) is not dict or not names.issuperset(value):
            raise NotValid
        state = {}
        for name, field_reader, default in plan:
            if name in value:
                state[name] = field_reader(value[name])
            elif default is REQUIRED:
                raise NotValid
            else:
                state[name] = fresh(default)
        record = record_of(cls, state)
        try:
            record.check_values()
        except (Invalid, InvalidLevels):
            raise NotValid from None
        return record

    return read


def _annotation_reader(annotation: Any) -> Read:
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        inner, *metadata = typing.get_args(annotation)
        return _annotated_reader(inner, metadata)
    if isinstance(annotation, type) and issubclass(annotation, Model):
        return _reader(annotation)
    if annotation is bool:
        return _yes_no
    if origin is Literal:
        return _literal_reader(typing.get_args(annotation))
    if origin is list:
        return _list_reader(_annotation_reader(typing.get_args(annotation)[0]))
    if origin in (Union, types.UnionType):
        members = typing.get_args(annotation)
        readers = [_annotation_reader(arg) for arg in members if arg is not type(None)]
        return _union_reader(readers, optional=type(None) in members)
    if annotation is type(None):
        return _none
    raise TypeError(f"no reader for the annotation {annotation!r}")


def _annotated_reader(inner: Any, metadata: list[Any]) -> Read:
    converters = [item for item in metadata if isinstance(item, Converter)]
    discriminators = [item for item in metadata if isinstance(item, Discriminator)]
    least = [item.count for item in metadata if isinstance(item, MinItems)]
    if converters:
        return _converted(converters[0].read, _STRICT[inner])
    if discriminators:
        classes = [arg for arg in typing.get_args(inner) if isinstance(arg, type) and issubclass(arg, Model)]
        return _tagged_union_reader(discriminators[0].key, classes)
    reader = _annotation_reader(inner)
    if least:
        return _at_least(reader, least[0])
    return reader


# What pydantic's strict mode takes, after a converter, for the type it converts into: a `datetime` is not a
# `date` (a converter passes a date through, and a datetime is a date), a `bool` not an `int`.
_STRICT: dict[type, Callable[[Any], bool]] = {
    date: lambda result: type(result) is date,
    int: lambda result: type(result) is int,
    Decimal: lambda result: isinstance(result, Decimal),
    str: lambda result: isinstance(result, str),
}


def _converted(convert: Callable[[Any], Any], strict: Callable[[Any], bool]) -> Read:
    def read(value: Any) -> Any:
        try:
            result = convert(value)
        except Invalid:
            raise NotValid from None
        if not strict(result):
            raise NotValid
        return result

    return read


def _yes_no(value: Any) -> bool:
    if type(value) is not bool:
        raise NotValid
    return value


def _none(value: Any) -> None:
    if value is not None:
        raise NotValid


def _literal_reader(options: tuple[Any, ...]) -> Read:
    if not all(type(option) is str for option in options):
        raise TypeError(f"only text literals are read here: {options!r}")
    allowed = frozenset(options)

    def read(value: Any) -> Any:
        if type(value) is not str or value not in allowed:
            raise NotValid
        return value

    return read


def _list_reader(item: Read) -> Read:
    def read(value: Any) -> list[Any]:
        if type(value) is not list:
            raise NotValid
        return [item(entry) for entry in value]

    return read


def _at_least(reader: Read, count: int) -> Read:
    def read(value: Any) -> Any:
        result = reader(value)
        if len(result) < count:
            raise NotValid
        return result

    return read


def _union_reader(members: list[Read], *, optional: bool) -> Read:
    # `X | None`, or `Text | list[Text]`: the members the models unite take different input types (a
    # text, a list, a number), so the first that reads a value is the one pydantic's smart union picks.
    def read(value: Any) -> Any:
        if value is None and optional:
            return None
        for member in members:
            try:
                return member(value)
            except NotValid:
                continue
        raise NotValid

    return read


def _tagged_union_reader(key: str, classes: list[type[Model]]) -> Read:
    by_tag: dict[str, type[Model]] = {}
    for cls in classes:
        tag = next(field.annotation for field in fields_of(cls) if field.name == key)
        for option in typing.get_args(tag):
            by_tag[option] = cls

    def read(value: Any) -> Any:
        if type(value) is not dict:
            raise NotValid
        tag = value.get(key)
        chosen = by_tag.get(tag) if type(tag) is str else None
        if chosen is None:
            raise NotValid
        return _reader(chosen)(value)

    return read
