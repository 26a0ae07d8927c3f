"""JSON Schemas (draft 2020-12) for the files, generated from the pydantic models.

The models are the source of truth; `schemas/*.schema.json` are generated from
them for editors and other tools. Regenerate after changing a model with

    python -m tfi_rules.load.schemas

and `tests/load/test_schemas.py` fails while the committed files are stale.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

DRAFT = "https://json-schema.org/draft/2020-12/schema"
SCHEMA_FILE_BY_KIND = {
    "plan": "plan.schema.json",
    "mandate": "mandate.schema.json",
    "measurements": "measurements.schema.json",
}


def generate(kind: str) -> dict[str, Any]:
    """The JSON Schema of one kind of file, as committed in `schemas/`."""
    from ..model import MODEL_BY_KIND

    body = MODEL_BY_KIND[kind].model_json_schema(mode="validation")
    return {"$schema": DRAFT, "$id": SCHEMA_FILE_BY_KIND[kind], **body}


def render(schema: dict[str, Any]) -> str:
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


def write_all(folder: Path) -> list[Path]:
    """Write every schema into `folder` atomically; returns the files that changed."""
    from ..files import write_atomically

    changed = []
    for kind, name in SCHEMA_FILE_BY_KIND.items():
        path = folder / name
        text = render(generate(kind))
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            write_atomically(path, text)
            changed.append(path)
    return changed


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "schemas"
    for path in write_all(target):
        print(f"wrote {path}")
