"""The registry of rules: one module per rule, named after its id.

A rule module has `ID` (kebab-case, stable), `SEVERITY` (its default),
`KINDS` (the kinds of file it checks), `CROSS_FILE` (whether it reads other
files' mandates, ids or criteria from the context; rules that do not can run in
a worker process), `AFTER_WAIVERS` (whether it runs once the file's waivers are
applied, reading which covered a finding from the context) and
`check(model, context)`, a generator of `Problem`s. Its docstring is its user documentation: a summary line, why it
matters, and a failing and a passing example (`tfi rules ID` prints it).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Protocol

from ..findings import Problem, Severity
from ..model import AnyModel
from . import (
    area_without_criteria,
    budget_rounding,
    budget_sums,
    capacity_balance,
    change_target,
    criterion_inferred_threshold,
    criterion_measurable,
    decisions_valid,
    hours_within_allocation,
    indicator_reference,
    mandate_reference,
    measurement_comparable,
    measurement_consistency,
    measurement_derived,
    measurement_id_unique,
    measurement_method,
    measurement_reference,
    measurement_unit,
    of_which_fits,
    period_sanity,
    plan_id_filename,
    plan_id_unique,
    share_range,
    unique_ids,
    waiver_unused,
    waiver_valid,
    wording_number,
)
from .context import Context


class Rule(Protocol):
    ID: str
    SEVERITY: Severity
    KINDS: tuple[str, ...]
    CROSS_FILE: bool  # reads other files' mandates, ids or criteria from the context
    AFTER_WAIVERS: bool  # runs after the file's waivers are applied (context.used_waivers)
    __doc__: str | None
    __name__: str  # the module, named after the rule

    def check(self, model: AnyModel, context: Context) -> Iterator[Problem]: ...


_MODULES: list[Any] = [
    capacity_balance,
    share_range,
    change_target,
    budget_sums,
    budget_rounding,
    hours_within_allocation,
    unique_ids,
    plan_id_unique,
    plan_id_filename,
    period_sanity,
    mandate_reference,
    area_without_criteria,
    of_which_fits,
    wording_number,
    criterion_measurable,
    indicator_reference,
    criterion_inferred_threshold,
    decisions_valid,
    measurement_reference,
    measurement_unit,
    measurement_method,
    measurement_comparable,
    measurement_consistency,
    measurement_derived,
    measurement_id_unique,
    waiver_valid,
    waiver_unused,
]

RULES: dict[str, Rule] = {module.ID: module for module in _MODULES}
"""Every rule by id, in the order they are documented."""
