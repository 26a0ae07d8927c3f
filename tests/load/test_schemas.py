"""The committed JSON Schemas: current, valid draft 2020-12, documented, and agreeing with the model."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from tfi_rules.load.loader import load_file
from tfi_rules.load.schemas import SCHEMA_FILE_BY_KIND, generate, render

REPO = Path(__file__).resolve().parents[2]
SCHEMAS = REPO / "schemas"
DATA_FILES = sorted([*(REPO / "plans").glob("*.yaml"), *(REPO / "measurements").glob("*.yaml")])


@pytest.mark.parametrize("kind", sorted(SCHEMA_FILE_BY_KIND))
def test_committed_schema_is_current(kind: str) -> None:
    committed = (SCHEMAS / SCHEMA_FILE_BY_KIND[kind]).read_text(encoding="utf-8")
    assert committed == render(generate(kind)), "stale: run `python -m tfi_rules.load.schemas`"


@pytest.mark.parametrize("name", sorted(path.name for path in SCHEMAS.glob("*.schema.json")))
def test_schema_is_valid_draft_2020_12(name: str) -> None:
    schema = json.loads((SCHEMAS / name).read_text(encoding="utf-8"))
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)


def _properties_without_description(node: object, path: str = "") -> list[str]:
    missing: list[str] = []
    if isinstance(node, dict):
        for name, prop in (node.get("properties") or {}).items():
            if isinstance(prop, dict) and "description" not in prop:
                missing.append(f"{path}/{name}")
        for key, value in node.items():
            missing += _properties_without_description(value, f"{path}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            missing += _properties_without_description(value, f"{path}/{index}")
    return missing


@pytest.mark.parametrize("kind", sorted(SCHEMA_FILE_BY_KIND))
def test_every_property_is_described(kind: str) -> None:
    assert _properties_without_description(generate(kind)) == []


@pytest.mark.parametrize("path", DATA_FILES, ids=lambda path: path.name)
def test_repository_files_validate_with_an_independent_implementation(path: Path) -> None:
    """jsonschema (not pydantic) validates each file against the committed schema its modeline names."""
    document = load_file(path)
    assert document.schema_comment == f"../schemas/{SCHEMA_FILE_BY_KIND[document.data['kind']]}"
    schema = json.loads((path.parent / document.schema_comment).read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(_as_json(document.data))]
    assert errors == []


def _as_json(value: Any) -> Any:
    """The loaded data as JSON would carry it (exact decimals become JSON numbers)."""
    from decimal import Decimal

    if isinstance(value, dict):
        return {key: _as_json(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_as_json(item) for item in value]
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return value


def test_the_schema_rejects_what_the_model_rejects() -> None:
    schema = json.loads((SCHEMAS / "plan.schema.json").read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    plan = _as_json(load_file(REPO / "plans" / "2011.yaml").data)
    assert validator.is_valid(plan)
    plan["areas"][0]["årsværk"] = "2"  # a number written as text
    assert not validator.is_valid(plan)
