"""Typed models of the three kinds of TFI file; the JSON Schemas are generated from these."""

from __future__ import annotations

from .mandate import Mandate
from .measurements import MeasurementFile
from .plan import Plan

MODEL_BY_KIND: dict[str, type[Plan] | type[Mandate] | type[MeasurementFile]] = {
    "plan": Plan,
    "mandate": Mandate,
    "measurements": MeasurementFile,
}
"""The `kind:` written at the top of a file, and the model that validates it."""

__all__ = ["MODEL_BY_KIND", "Plan", "Mandate", "MeasurementFile"]
