"""The committed JSON Schemas: current, valid draft 2020-12, documented, and agreeing with the model."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from tfi_rules.load.loader import load_file
from tfi_rules.load.schemas import SCHEMA_FILE_BY_KIND, differing, generate, installed, main, render

REPO = Path(__file__).resolve().parents[2]
SCHEMAS = REPO / "schemas"
PACKAGED = REPO / "tfi_rules" / "schemas"
DATA_FILES = sorted([*(REPO / "plans").glob("*.yaml"), *(REPO / "measurements").glob("*.yaml")])


@pytest.mark.parametrize("kind", sorted(SCHEMA_FILE_BY_KIND))
def test_committed_schema_is_current(kind: str) -> None:
    committed = (SCHEMAS / SCHEMA_FILE_BY_KIND[kind]).read_text(encoding="utf-8")
    assert committed == render(generate(kind)), "stale: run `python -m tfi_rules.load.schemas`"


@pytest.mark.parametrize("kind", sorted(SCHEMA_FILE_BY_KIND))
def test_packaged_schema_is_current(kind: str) -> None:
    """The copy shipped in the package is the models' schema too, and what `installed()` reads."""
    packaged = (PACKAGED / SCHEMA_FILE_BY_KIND[kind]).read_text(encoding="utf-8")
    assert packaged == render(generate(kind)), "stale: run `python -m tfi_rules.load.schemas`"
    assert installed(kind) == packaged


def test_installed_reads_through_importlib_resources_where_the_package_is_no_folder(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A package imported from a zip has no files beside its modules: importlib.resources reads them."""
    from tfi_rules.load import schemas

    beside = {kind: installed(kind) for kind in SCHEMA_FILE_BY_KIND}
    monkeypatch.setattr(schemas.Path, "is_file", lambda _path: False)
    assert {kind: installed(kind) for kind in SCHEMA_FILE_BY_KIND} == beside


def test_the_package_data_names_the_shipped_schemas() -> None:
    """A non-editable install carries tfi_rules/schemas/ only if pyproject.toml lists it as package data."""
    import tomllib

    data = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = data["tool"]["setuptools"]["package-data"]["tfi_rules"]
    shipped = {path.name for pattern in patterns for path in (REPO / "tfi_rules").glob(pattern)}
    assert set(SCHEMA_FILE_BY_KIND.values()) <= shipped


def test_writing_into_a_folder_that_does_not_exist_makes_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "new" / "schemas"
    assert main([str(target)]) == 0
    assert sorted(path.name for path in target.iterdir()) == sorted(SCHEMA_FILE_BY_KIND.values())
    assert differing(target) == []
    assert main([str(target)]) == 0  # a second time: nothing to write
    assert capsys.readouterr().out.count("wrote") == 3


def test_a_file_in_the_way_is_a_message_not_a_traceback(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "schemas").write_text("not a folder\n", encoding="utf-8")
    assert main([str(tmp_path / "schemas")]) == 2
    assert "not a folder" in capsys.readouterr().err


def test_differing_names_an_edited_schema_only(tmp_path: Path) -> None:
    assert main([str(tmp_path)]) == 0
    (tmp_path / "plan.schema.json").write_text("{}\n", encoding="utf-8")
    assert differing(tmp_path) == [tmp_path / "plan.schema.json"]


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
    errors = [
        f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(_as_json(document.data))
    ]
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


def test_a_check_reads_no_field_docstrings_and_the_schemas_still_have_them() -> None:
    """Field descriptions are read from the source only to generate the schemas (issue 17: reading
    them as the classes were defined was 135 of the 377 ms of importing the models); a schema
    generated after the models were built and used is the committed one, and they still validate."""
    import subprocess
    import sys

    code = (
        "from tfi_rules.model.plan import Plan; from tfi_rules.model.mandate import Mandate\n"
        "from tfi_rules.model.pydantic_models import pydantic_model\n"
        "print(pydantic_model(Plan).model_fields['id'].description,"
        " pydantic_model(Mandate).model_fields['capacity'].description)"
    )
    shown = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True)
    assert shown.stdout == "None None\n"

    from tfi_rules.load.loader import load_text
    from tfi_rules.load.validation import validate

    broken = (REPO / "plans" / "2011.yaml").read_text(encoding="utf-8").replace("kind: plan", "kind: plan\nextra: 1", 1)
    document = load_text(broken, "2011.yaml")
    before = validate(document.data, "2011.yaml", document)  # not valid: builds and uses the pydantic twins
    assert before[0] is None and [finding.rule for finding in before[1]] == ["schema"]
    for kind, name in SCHEMA_FILE_BY_KIND.items():
        assert render(generate(kind)) == (SCHEMAS / name).read_text(encoding="utf-8")
    assert validate(document.data, "2011.yaml", document) == before
