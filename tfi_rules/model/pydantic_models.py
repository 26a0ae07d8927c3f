"""The models as pydantic sees them: a pydantic twin of each record class of `fields.py`, built when asked.

Two things need them: the JSON Schemas (`load/schemas.py`), and the errors of a file that is not valid
(`load/validation.py` explains pydantic's structured errors: their type, place and context). A valid
file never gets here (`build.py` reads it), so a check of valid files does not import pydantic.

A twin has the record class's name, documentation, fields and defaults; each field's annotation is the
record's, with the markers of `fields.py` turned into pydantic's: a `Converter` into a `BeforeValidator`
that raises pydantic's custom error carrying our message and hint, and a `WithJsonSchema`; `MinItems`
into `Field(min_length=...)`; `Discriminator` into `Field(discriminator=...)`. `check_values` runs as an
"after" model validator. Built once per process, and lazily (`defer_build`): the validator of a kind of
file is built only when a file of that kind is not valid.
"""

from __future__ import annotations

import typing
from functools import cache
from typing import Annotated, Any, ForwardRef, Literal, TypeVar, Union

from pydantic import BaseModel, BeforeValidator, ConfigDict, ValidationError, WithJsonSchema, model_validator
from pydantic import Field as PydanticField
from pydantic_core import InitErrorDetails, PydanticCustomError

from .fields import REQUIRED, Converter, Discriminator, Invalid, InvalidLevels, MinItems, Model, fields_of


class TwinModel(BaseModel):
    """The base of every twin: unknown keys are errors, records are frozen."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=False, defer_build=True)


_TWINS: dict[type[Model], type[TwinModel]] = {}
_BUILDING: set[type[Model]] = set()


def pydantic_model(cls: type[Model]) -> type[TwinModel]:
    """The pydantic twin of a record class (made once)."""
    twin = _TWINS.get(cls)
    if twin is None:
        twin = _make_twin(cls)
    return twin


def _make_twin(cls: type[Model]) -> type[TwinModel]:
    _BUILDING.add(cls)
    try:
        base = next((b for b in cls.__bases__ if issubclass(b, Model) and b is not Model), None)
        parent = pydantic_model(base) if base is not None else TwinModel
        own = cls.__dict__.get("__annotations__", {})
        namespace: dict[str, Any] = {
            "__module__": __name__,
            "__qualname__": cls.__qualname__,
            "__doc__": cls.__doc__,
            "__annotations__": {},
        }
        for field in fields_of(cls):
            if field.name not in own:
                continue
            namespace["__annotations__"][field.name] = _translate(field.annotation)
            if field.default is not REQUIRED:
                namespace[field.name] = _twin_default(field.default)
        extra = cls.__dict__.get("schema_extra")
        if extra is not None:
            namespace["model_config"] = ConfigDict(json_schema_extra=extra)
        if "check_values" in cls.__dict__:
            namespace["_check_values"] = _after_validator(cls.__dict__["check_values"])
        metaclass: Any = type(parent)  # pydantic's, as a class statement would use
        twin = typing.cast(type[TwinModel], metaclass(cls.__name__, (parent,), namespace))
    finally:
        _BUILDING.discard(cls)
    twin.__tfi_record__ = cls  # type: ignore[attr-defined]
    _TWINS[cls] = twin
    globals()[cls.__name__] = twin  # where pydantic resolves a twin's reference to itself (`of_which`)
    return twin


def _translate(annotation: Any) -> Any:
    """A record's annotation with the record classes replaced by their twins and the markers by pydantic's."""
    origin = typing.get_origin(annotation)
    if origin is Annotated:
        inner, *metadata = typing.get_args(annotation)
        translated: list[Any] = []
        for item in metadata:
            if isinstance(item, Converter):
                translated += [BeforeValidator(_pydantic_errors(item.read)), WithJsonSchema(item.schema)]
            elif isinstance(item, MinItems):
                translated.append(PydanticField(min_length=item.count))
            elif isinstance(item, Discriminator):
                translated.append(PydanticField(discriminator=item.key))
            else:
                translated.append(item)
        return Annotated[(_translate(inner), *translated)]
    if isinstance(annotation, type) and issubclass(annotation, Model):
        if annotation in _BUILDING:
            return ForwardRef(annotation.__name__)
        return pydantic_model(annotation)
    if origin is list:
        return list[_translate(typing.get_args(annotation)[0])]  # type: ignore[misc]
    if origin in (Union, typing.get_origin(int | None)):
        return Union[tuple(_translate(arg) for arg in typing.get_args(annotation))]  # noqa: UP007
    if origin is Literal or annotation is type(None) or isinstance(annotation, type):
        return annotation  # a literal, or a plain type (str, bool, Decimal, date) a converter reads into
    raise TypeError(f"no pydantic form for the annotation {annotation!r}")


def _twin_default(default: Any) -> Any:
    if isinstance(default, Model):
        twin = pydantic_model(type(default))
        return twin.model_construct(**{name: _twin_default(value) for name, value in default.__dict__.items()})
    return default


def _pydantic_errors(read: Any) -> Any:
    """A converter that raises pydantic's custom error, carrying our message and hint in its context."""

    def validate(value: Any) -> Any:
        try:
            return read(value)
        except Invalid as error:
            raise _custom_error(error) from None

    validate.__name__ = read.__name__
    return validate


def _custom_error(error: Invalid) -> PydanticCustomError:
    return PydanticCustomError(error.kind, "{message}", {"hint": error.hint, "message": error.message})


def _after_validator(check: Any) -> Any:
    def check_values(self: Any) -> Any:
        try:
            check(self)
        except InvalidLevels as invalid:
            # Raised inside a model validator, pydantic puts each error under the model's own place.
            raise ValidationError.from_exception_data(
                "count",
                [
                    InitErrorDetails(type=_custom_error(error), loc=loc, input=value)
                    for loc, error, value in invalid.errors
                ],
            ) from None
        return self

    return model_validator(mode="after")(check_values)


M = TypeVar("M", bound=Model)


def validated_by_twin(cls: type[M], data: Any) -> M:
    """The record `data` describes, validated by the class's twin: pydantic's `ValidationError`, with every
    error, when it is not valid (where `build.py` could not read the data)."""
    return typing.cast(M, _from_twin(pydantic_model(cls).model_validate(data, strict=True)))


def _from_twin(value: Any) -> Any:
    """The records of a twin's validated instance (only where `build.py` could not read the data)."""
    if isinstance(value, BaseModel):
        record_class: type[Model] = type(value).__tfi_record__  # type: ignore[attr-defined]
        return record_class(**{name: _from_twin(getattr(value, name)) for name in type(value).model_fields})
    if isinstance(value, list):
        return [_from_twin(item) for item in value]
    return value


# --- descriptions ---------------------------------------------------------------------------


@cache
def describe_fields() -> None:
    """Give every twin's fields their attribute docstrings as descriptions, and rebuild the twins.

    The docstring right under a field in the record class, of the nearest class in the MRO that declares
    the field; a description given otherwise is kept. Only the JSON Schemas need descriptions: a check
    never reads one, and parsing the classes' source cost 135 of the 377 ms that importing the models
    took when pydantic did it as each class was defined (`use_attribute_docstrings`, issue 17).
    """
    from . import MODEL_BY_KIND

    for kind in MODEL_BY_KIND.values():
        pydantic_model(kind)
    own = {cls: _attribute_docstrings(cls) for cls in _TWINS}
    for cls, twin in _TWINS.items():
        for name, field in twin.model_fields.items():
            declaring = next((base for base in cls.__mro__ if name in own.get(base, {})), None)
            if field.description is None and declaring is not None:
                field.description = own[declaring][name]
    for twin in _TWINS.values():  # a built model keeps its nested models' schemas: drop them all, then rebuild
        twin.model_rebuild(force=True)


def _attribute_docstrings(cls: type) -> dict[str, str]:
    """Field name → the string literal right after its annotated assignment in the class body."""
    import ast
    import inspect
    import textwrap

    try:
        tree = ast.parse(textwrap.dedent(inspect.getsource(cls)))
    except (OSError, TypeError, SyntaxError):  # no source (a frozen build): no descriptions
        return {}
    body = tree.body[0].body if tree.body and isinstance(tree.body[0], ast.ClassDef) else []
    found: dict[str, str] = {}
    for statement, following in zip(body, body[1:], strict=False):
        if (
            isinstance(statement, ast.AnnAssign)
            and isinstance(statement.target, ast.Name)
            and isinstance(following, ast.Expr)
            and isinstance(following.value, ast.Constant)
            and isinstance(following.value.value, str)
        ):
            found[statement.target.id] = inspect.cleandoc(following.value.value)
    return found
