"""`model/build.py` reads a file's data into the models without pydantic; the pydantic twins explain
what is not valid. The two must agree: the same files valid, the same records built. Compared on every
YAML file of the repository and the test corpus, and on generated changes of the repository's files."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from helpers import places
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from tfi_rules.load.loader import LoadError, load_file
from tfi_rules.model import MODEL_BY_KIND
from tfi_rules.model.build import build, validated
from tfi_rules.model.counts import Derivation
from tfi_rules.model.fields import Model, as_data, field_names
from tfi_rules.model.plan import Exactly, Funding, Plan, Range
from tfi_rules.model.pydantic_models import validated_by_twin

REPO = Path(__file__).resolve().parents[2]
FILES = sorted(
    [*REPO.glob("plans/*.yaml"), *REPO.glob("measurements/*.yaml"), *REPO.glob("tests/**/*.yaml")],
    key=str,
)


def _shown(record: Any) -> str:
    """A record as exactly as it can be compared: every field, numbers with the digits they were written with."""
    return repr(as_data(record))


def _agree(data: Any) -> bool:
    """Whether build and the twins agree on `data`; returns whether it was valid."""
    kind = data.get("kind") if isinstance(data, dict) else None
    record_class = MODEL_BY_KIND.get(kind) if isinstance(kind, str) else None
    if record_class is None:
        return False
    built = build(record_class, data)
    try:
        twin = validated_by_twin(record_class, data)
    except ValidationError:
        assert built is None, "build accepted what pydantic refuses"
        return False
    assert built is not None, "build refused what pydantic accepts"
    assert _shown(built) == _shown(twin)
    assert type(built) is type(twin) is record_class
    return True


def _data(path: Path) -> Any:
    try:
        return load_file(path).data
    except LoadError:
        return None


def test_the_corpus_has_valid_and_invalid_files() -> None:
    outcomes = [_agree(data) for data in map(_data, FILES) if isinstance(data, dict)]
    assert outcomes.count(True) >= 7 and outcomes.count(False) >= 20


@pytest.mark.parametrize("path", FILES, ids=lambda path: str(path.relative_to(REPO)))
def test_build_and_pydantic_agree_on_every_file(path: Path) -> None:
    data = _data(path)
    if isinstance(data, dict):
        _agree(data)


VALID = {path.name: data for path in FILES if isinstance(data := _data(path), dict) and _agree(data)}

SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-3, 10_000),
    st.decimals(places=2, min_value=-5, max_value=5),
    st.sampled_from([Decimal("NaN"), Decimal("Infinity"), Decimal("1.50"), Decimal("1E+1")]),
    st.sampled_from(
        [
            "",
            " ",
            "x",
            "2011",
            "2011-02-30",
            "2008-H2",
            "1,5",
            "count",
            "percent",
            "at_least",
            "exact",
            "within",
            "da",
            "core",
            "other",
            "plan",
            "a-b",
            "A B",
            "½",
            "true",
        ]
    ),
    st.lists(st.just("x"), max_size=2),
    st.just({}),
    st.just({"kind": "done"}),
)


def _all_records(cls: type[Model] = Model) -> set[type[Model]]:
    found = set()
    for sub in cls.__subclasses__():
        found |= {sub, *_all_records(sub)}
    return found


KEYS = sorted({name for cls in _all_records() for name in field_names(cls)} | {"nøgle"})
"""Every key a record may have, and one none has: an added key is sometimes allowed where it lands."""


def _changed(data: Any, path: tuple[Any, ...], change: str, value: Any, key: str) -> Any:
    if not path:
        return value if change == "replace" else data
    head, *rest = path
    copy: Any = dict(data) if isinstance(data, dict) else list(data)
    if not rest and change == "delete":
        del copy[head]
    elif not rest and change == "add" and isinstance(copy[head], dict):
        copy[head] = {**copy[head], key: value}
    elif not rest and change == "add" and isinstance(copy[head], list):
        copy[head] = [*copy[head], value]
    else:
        copy[head] = _changed(data[head], tuple(rest), change, value, key) if rest else value
    return copy


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_build_and_pydantic_agree_on_changed_files(data: st.DataObject) -> None:
    name = data.draw(st.sampled_from(sorted(VALID)))
    original = VALID[name]
    changed = original
    for _ in range(data.draw(st.integers(1, 3))):
        where = [place for place in places(changed) if place[0] != "kind"]
        path = data.draw(st.sampled_from(where))
        change = data.draw(st.sampled_from(["replace", "delete", "add"]))
        changed = _changed(changed, path, change, data.draw(SCALARS), data.draw(st.sampled_from(KEYS)))
    _agree(changed)


PROBES: list[Any] = [
    None, True, False, 0, 1, -1, 2011, Decimal("1.5"), Decimal("-1.5"), Decimal("NaN"), Decimal("1E+400"),
    "", " ", "x", "1,5", "2011-02-30", "2008-08-31", "2008-H2", "count", "core", "at_least", "a-b", "A B",
    [], ["x"], [None], {}, {"kind": "done"}, date(2008, 8, 31), datetime(2008, 8, 31),
]  # fmt: skip
"""Values of every type a YAML file can hold, and texts each field type reads or refuses."""


def _examples(record: Any, data: Any, found: dict[type[Model], Any]) -> None:
    """A record's data, and its parts' data, by record class (the first seen of each)."""
    found.setdefault(type(record), data)
    for name in field_names(type(record)):
        value, raw = getattr(record, name), data.get(name)
        for part, part_data in zip(value, raw, strict=True) if isinstance(value, list) and raw else [(value, raw)]:
            if isinstance(part, Model) and isinstance(part_data, dict):
                _examples(part, part_data, found)


def test_build_and_pydantic_agree_on_every_field_of_every_record_given_any_value() -> None:
    """Each record class (34), as the repository's files write it, with each field left out and set to each
    probe (7,192 cases)."""
    examples: dict[type[Model], Any] = {
        # the record classes no file of the repository uses
        Exactly: {"kind": "exactly", "unit": "count", "value": 3},
        Range: {"kind": "range", "unit": "percent", "min": Decimal("1.5"), "max": 2},
        Derivation: {"how": "sum", "of": ["a", "b"], "text": "i alt"},
    }
    for data in VALID.values():
        _examples(validated(MODEL_BY_KIND[data["kind"]], data), data, examples)
    assert set(examples) == {cls for cls in _all_records() if not cls.__name__.startswith("_")}
    for record_class, data in examples.items():
        for name in [*field_names(record_class), "nøgle"]:
            changes = [{k: v for k, v in data.items() if k != name}] + [{**data, name: probe} for probe in PROBES]
            for changed in changes:
                built = build(record_class, changed)
                try:
                    expected = _shown(validated_by_twin(record_class, changed))
                except ValidationError:
                    assert built is None, (record_class.__name__, name, changed.get(name))
                else:
                    assert built is not None and _shown(built) == expected, (record_class.__name__, name)


def test_validated_raises_pydantics_error_with_every_error() -> None:
    plan = dict(VALID["2011.yaml"])
    plan["title"] = ""
    plan["extra"] = 1
    with pytest.raises(ValidationError) as caught:
        validated(Plan, plan)
    assert sorted(error["type"] for error in caught.value.errors()) == ["extra_forbidden", "tfi_text_empty"]


def test_a_record_is_frozen_and_compared_by_its_fields() -> None:
    plan = validated(Plan, VALID["2011.yaml"])
    with pytest.raises(AttributeError):
        plan.title = "x"  # type: ignore[misc]
    assert plan == validated(Plan, VALID["2011.yaml"]) and plan != plan.model_copy(update={"title": "x"})
    assert Funding() == Funding(source="core") and hash(Funding()) == hash(Funding(source="core"))
    assert plan.areas[0].splits is not Plan.__dict__.get("splits")  # defaults are not shared between records
    with pytest.raises(TypeError, match="required"):
        Plan(kind="plan")  # type: ignore[call-arg]


def test_numbers_keep_the_digits_they_were_written_with() -> None:
    plan = validated(Plan, {**VALID["2011.yaml"], "areas": [{"id": "a", "title": "A", "årsværk": Decimal("1.50")}]})
    assert str(plan.areas[0].årsværk) == "1.50"
    assert isinstance(plan, Model)
