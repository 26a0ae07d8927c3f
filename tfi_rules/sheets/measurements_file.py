"""The measurements file an import writes: its YAML text, checked by reading it back, and its safe write."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ..i18n import t
from ..load.discovery import PathError
from ..load.typed import typed_text
from ..model.measurements import MeasurementFile
from ..numbers import plain_number

SCHEMA_MODELINE = "# yaml-language-server: $schema=../schemas/measurements.schema.json"

# The order of a measurement's keys in the file written, as in the repository's measurement files.
KEY_ORDER = (
    "id",
    "text",
    "criterion",
    "indicator",
    "value",
    "numerator",
    "denominator",
    "done",
    "assessment",
    "unit",
    "counted",
    "date",
    "method",
    "source",
    "note",
)


def render_yaml(data: dict[str, Any], items: list[tuple[str, Mapping[str, Any]]], spreadsheet: str) -> str:
    """The measurements file as YAML: the head, then each measurement (place, fields) under a comment
    naming the row it came from ("Resultater!7").

    Written by hand rather than by a YAML library so that numbers keep their exact decimals
    (a Decimal is no YAML type) and every text is quoted: JSON's quoting is YAML 1.2's double quoting.
    """
    return head(data, spreadsheet) + "".join(item(place, fields) for place, fields in items)


def head(data: dict[str, Any], spreadsheet: str) -> str:
    lines = [
        SCHEMA_MODELINE,
        f"# Imported by `tfi measurements import` from {spreadsheet}: one item per row of the sheet.",
        "kind: measurements",
        f"id: {data['id']}",
        f"title: {_scalar(data['title'])}",
        "source:",
        f"  title: {_scalar(data['source']['title'])}",
        "measurements:",
    ]
    return "\n".join(lines) + "\n"


def item(place: str, fields: Mapping[str, Any]) -> str:
    """One measurement of the list, under a comment naming its row."""
    lines = [f"  # {place}"]
    keys = [key for key in KEY_ORDER if key in fields]
    for number, key in enumerate(keys):
        value = fields[key]
        lead = "  - " if number == 0 else "    "
        if isinstance(value, dict):
            lines.append(f"{lead}{key}:")
            lines.extend(f"      {inner}: {_scalar(item)}" for inner, item in value.items())
        else:
            lines.append(f"{lead}{key}: {_scalar(value)}")
    return "\n".join(lines) + "\n"


def _scalar(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    return plain_number(value, as_written=True)


def same_when_read_back(text: str, output: Path) -> None:
    """The text written reads back, through the loader and the model, as a valid measurements file."""
    typed, findings = typed_text(text, str(output))
    if typed is None or not isinstance(typed.model, MeasurementFile):
        raise RuntimeError(f"the measurements written do not read back: {[f.message for f in findings]}")


def write_measurements(output: Path, text: str, *, force: bool) -> None:
    """Write the file; an existing one only with `force`, and never anything but a regular file."""
    from ..files import write_atomically

    check_output(output, force=force)
    try:
        write_atomically(output, text)
    except OSError as error:
        raise PathError(
            t("{output}: cannot write the file ({reason})", output=output, reason=error.strerror or error)
        ) from None


def check_output(output: Path, *, force: bool) -> None:
    """`PathError` unless `output` may be written: new, or a regular file and `force`."""
    if output.exists() or output.is_symlink():
        if not output.is_file():
            raise PathError(t("{output}: not a regular file; choose another name", output=output))
        if not force:
            raise PathError(t("{output} exists; add --force to replace it", output=output))
    if not output.parent.is_dir():
        raise PathError(t("{output}: the folder {folder} does not exist", output=output, folder=output.parent))
