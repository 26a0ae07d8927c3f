"""The models' own machinery, without pydantic: a frozen record with typed fields, and the markers that
say how a field's value is read (a converter, a least number of items, a union chosen by `kind`).

Why not pydantic models: importing pydantic and building the three models' validators was about half of
a `tfi check` of this repository (issue 17 item 4: 185 ms in all, `python -c pass` 16 ms; pydantic's
import 68 ms, defining the models 55 ms, building their validators 41 ms, on the idle machine). The
classes here are what every command reads; `build.py` validates plain data into them in Python, and
only when a file is not valid does `pydantic_models.py` build pydantic twins of the same classes, whose
errors `load/validation.py` explains. The JSON Schemas come from the twins, so the classes here stay the
one source of both.
"""

from __future__ import annotations

import typing
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, ClassVar, NamedTuple, Self, TypeVar, dataclass_transform


class Invalid(ValueError):
    """A value that does not fit its field: a kind of error (`tfi_number`), and the message and hint,
    already in the language in use."""

    def __init__(self, kind: str, message: str, hint: str) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message
        self.hint = hint


class InvalidLevels(ValueError):
    """Several values of one record that do not fit together with it: each with where it stands in the
    record (`("baseline", "value")`), its error and the value."""

    def __init__(self, errors: list[tuple[tuple[str | int, ...], Invalid, Any]]) -> None:
        super().__init__(errors[0][1].message if errors else "")
        self.errors = errors


@dataclass(frozen=True, eq=False)
class Converter:
    """A field's value is read by `read` (which raises `Invalid`), and its JSON Schema is `schema`.
    Compared and hashed as itself (`typing` hashes the metadata of an annotation; a schema is a dict)."""

    read: Callable[[Any], Any]
    schema: dict[str, Any]


@dataclass(frozen=True)
class MinItems:
    """A list field needs at least this many items."""

    count: int


@dataclass(frozen=True)
class Discriminator:
    """A union of records is chosen by the value of this key (`kind`)."""

    key: str


class Field(NamedTuple):
    """One field of a record: its name, its annotation (resolved), and its default (`REQUIRED` if none)."""

    name: str
    annotation: Any
    default: Any


REQUIRED: Any = object()
"""The default of a field that must be given."""


@dataclass_transform(kw_only_default=True, frozen_default=True)
class Model:
    """A part of a TFI file: a frozen record of typed fields. Unknown keys are errors (a misspelt key must
    not vanish). `Model(**values)` does not check its values: `build.validated` reads a file's data."""

    schema_extra: ClassVar[Callable[[dict[str, Any], Any], None] | None] = None
    """Adds to the class's JSON Schema what its fields alone do not say (see `counts_not_negative_schema`)."""

    def __init__(self, **values: Any) -> None:
        """A record of these values, unchecked (`build.validated` checks plain data); a field not given
        takes its default."""
        state = {}
        for field in fields_of(type(self)):
            if field.name in values:
                state[field.name] = values.pop(field.name)
            elif field.default is not REQUIRED:
                state[field.name] = fresh(field.default)
            else:
                raise TypeError(f"{type(self).__name__}: the field '{field.name}' is required")
        if values:
            raise TypeError(f"{type(self).__name__} has no field {', '.join(map(repr, values))}")
        object.__setattr__(self, "__dict__", state)

    def check_values(self) -> None:
        """Checks across fields once every field is valid; raises `InvalidLevels`. None by default."""

    def model_copy(self, *, update: dict[str, Any] | None = None) -> Self:
        """A copy with some fields changed, unchecked (as pydantic's `model_copy`)."""
        return record_of(type(self), {**self.__dict__, **(update or {})})

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"{type(self).__name__} is frozen: '{name}' cannot be set")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"{type(self).__name__} is frozen: '{name}' cannot be deleted")

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self.__dict__ == other.__dict__

    def __hash__(self) -> int:
        return hash((type(self), *self.__dict__.values()))

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={value!r}" for name, value in self.__dict__.items())
        return f"{type(self).__name__}({shown})"


R = TypeVar("R", bound=Model)


def record_of(cls: type[R], state: dict[str, Any]) -> R:
    """A record of `cls` holding `state` (every field's value, by name) as it is, unchecked."""
    record = cls.__new__(cls)
    object.__setattr__(record, "__dict__", state)
    return record


def fresh(default: Any) -> Any:
    """A default as a new record gets it: a list of its own (an empty list is the only mutable default)."""
    return list(default) if isinstance(default, list) else default


_FIELDS: dict[type, tuple[Field, ...]] = {}


def fields_of(cls: type[Model]) -> tuple[Field, ...]:
    """The fields of a record class in order: its bases' first, then its own (as pydantic orders them)."""
    found = _FIELDS.get(cls)
    if found is None:
        hints = typing.get_type_hints(cls, include_extras=True)
        order: dict[str, Any] = {}
        for klass in reversed(cls.__mro__):
            for name in klass.__dict__.get("__annotations__", {}):
                if name in hints and not _is_class_var(hints[name]):
                    order[name] = getattr(cls, name, REQUIRED)
        found = tuple(Field(name, hints[name], default) for name, default in order.items())
        _FIELDS[cls] = found
    return found


def _is_class_var(annotation: Any) -> bool:
    return annotation is ClassVar or typing.get_origin(annotation) is ClassVar


def field_names(cls: type[Model]) -> tuple[str, ...]:
    """The names of a record class's fields, in order."""
    return tuple(field.name for field in fields_of(cls))


def as_data(value: Any) -> Any:
    """A record as plain data (mappings, lists, values), every field included (pydantic's `model_dump`)."""
    if isinstance(value, Model):
        return {name: as_data(item) for name, item in value.__dict__.items()}
    if isinstance(value, list):
        return [as_data(item) for item in value]
    return value
