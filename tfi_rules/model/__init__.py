"""Typed models of the three kinds of TFI file; the JSON Schemas are generated from these."""

from __future__ import annotations

from enum import StrEnum

from .mandate import Mandate
from .measurements import MeasurementFile
from .plan import Plan


class FileKind(StrEnum):
    """The `kind:` written at the top of a file (a StrEnum: it compares equal to the text)."""

    PLAN = "plan"
    MANDATE = "mandate"
    MEASUREMENTS = "measurements"


AnyModel = Plan | Mandate | MeasurementFile
"""The typed model of any file."""

MODEL_BY_KIND: dict[str, type[Plan] | type[Mandate] | type[MeasurementFile]] = {
    FileKind.PLAN: Plan,
    FileKind.MANDATE: Mandate,
    FileKind.MEASUREMENTS: MeasurementFile,
}
"""The `kind:` written at the top of a file, and the model that validates it."""

__all__ = ["MODEL_BY_KIND", "AnyModel", "FileKind", "Plan", "Mandate", "MeasurementFile"]
