"""JSON Schemas (draft 2020-12) for the files, generated from the pydantic models.

The models are the source of truth. Two copies are generated from them and committed: `schemas/`
for this repository's editors and tools, and `tfi_rules/schemas/`, which ships inside the installed
package (package data) so that `tfi schema` and `tfi init` write the schemas of the installed version
without a checkout of this repository. Regenerate both after changing a model with

    python -m tfi_rules.load.schemas

(or write them into another folder, made if missing: `python -m tfi_rules.load.schemas DIR`);
`tests/load/test_schemas.py` fails while either copy is stale.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from ..i18n import t

DRAFT = "https://json-schema.org/draft/2020-12/schema"
SCHEMA_FILE_BY_KIND = {
    "plan": "plan.schema.json",
    "mandate": "mandate.schema.json",
    "measurements": "measurements.schema.json",
}
PACKAGED_FOLDER = "schemas"
"""The folder inside the `tfi_rules` package that holds the shipped copy."""


class SchemaWriteError(Exception):
    """A schema folder cannot be made or written (a file in the way, no permission)."""


def generate(kind: str) -> dict[str, Any]:
    """The JSON Schema of one kind of file, as committed in `schemas/`."""
    from ..model import MODEL_BY_KIND
    from ..model.pydantic_models import describe_fields, pydantic_model

    describe_fields()
    body = pydantic_model(MODEL_BY_KIND[kind]).model_json_schema(mode="validation")
    return {"$schema": DRAFT, "$id": SCHEMA_FILE_BY_KIND[kind], **body}


def render(schema: dict[str, Any]) -> str:
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


def installed(kind: str) -> str:
    """The schema of one kind as the installed package ships it (read, not generated: no pydantic needed).

    Read beside this module where the package is a folder, as pip installs it; through importlib.resources
    only where it is not (a zip): importing importlib.resources (and tempfile, which it imports) was 3-6 ms
    of every `tfi check`, which compares the repository's schemas with these (issue 17 item 4).
    """
    beside = Path(__file__).resolve().parents[1] / PACKAGED_FOLDER / SCHEMA_FILE_BY_KIND[kind]
    if beside.is_file():
        return beside.read_text(encoding="utf-8")
    from importlib.resources import files

    return (files("tfi_rules") / PACKAGED_FOLDER / SCHEMA_FILE_BY_KIND[kind]).read_text(encoding="utf-8")


def write_schemas(folder: Path, texts: dict[str, str], *, replace: bool) -> tuple[list[Path], list[Path]]:
    """Write each kind's schema text into `folder` (made if missing), atomically.

    Returns the files written and the files left alone: those already holding the text, and with
    `replace` False every file that exists (`tfi init` never overwrites a file).
    """
    from ..files import write_atomically

    try:
        folder.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError):
        raise SchemaWriteError(
            t("{folder}: not a folder; give a folder to write the schemas into", folder=folder)
        ) from None
    except OSError as error:
        raise SchemaWriteError(
            t("{folder}: cannot make the folder ({reason})", folder=folder, reason=error.strerror or error)
        ) from None
    written: list[Path] = []
    kept: list[Path] = []
    for kind, text in texts.items():
        path = folder / SCHEMA_FILE_BY_KIND[kind]
        if replace and (path.is_symlink() or (path.exists() and not path.is_file())):
            raise SchemaWriteError(t("{path} is not a regular file; it is not replaced", path=path))
        if path.exists() and (not replace or _text_of(path) == text):
            kept.append(path)
            continue
        try:
            write_atomically(path, text)
        except OSError as error:
            raise SchemaWriteError(
                t("{path}: cannot write the schema ({reason})", path=path, reason=error.strerror or error)
            ) from None
        written.append(path)
    return written, kept


def installed_texts(kinds: list[str] | None = None) -> dict[str, str]:
    """The shipped schema of each kind (all three when `kinds` is None)."""
    return {kind: installed(kind) for kind in (kinds or list(SCHEMA_FILE_BY_KIND))}


def generated_texts() -> dict[str, str]:
    """Every kind's schema, generated from the models now."""
    return {kind: render(generate(kind)) for kind in SCHEMA_FILE_BY_KIND}


def differing(folder: Path) -> list[Path]:
    """The schema files in `folder` that are not the installed version's (missing files are not named)."""
    return [
        folder / name
        for kind, name in SCHEMA_FILE_BY_KIND.items()
        if (folder / name).is_file() and _text_of(folder / name) != installed(kind)
    ]


def _text_of(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def main(arguments: list[str]) -> int:
    """Regenerate `schemas/` and the packaged copy (no argument), or write the schemas into one folder."""
    source = Path(__file__).resolve().parents[1]
    targets = [Path(arguments[0])] if arguments else [source.parent / "schemas", source / PACKAGED_FOLDER]
    texts = generated_texts()
    try:
        for target in targets:
            written, _kept = write_schemas(target, texts, replace=True)
            for path in written:
                print(t("wrote {path}", path=path))
    except SchemaWriteError as error:
        print(t("tfi: error: {error}", error=error), file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
