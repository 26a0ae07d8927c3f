"""The registry of rules: one module per rule, named after its id.

A rule module has `ID` (kebab-case, stable), `SEVERITY` (its default),
`KINDS` (the kinds of file it checks), `CROSS_FILE` (whether it reads other
files' mandates, ids or criteria from the context; rules that do not can run in
a worker process) and `check(model, context)`, a generator
of `Problem`s. Its docstring is its user documentation: a summary line, why it
matters, and a failing and a passing example (`tfi rules ID` prints it).
"""

from __future__ import annotations

from typing import Any, Iterator, Protocol

from .context import Context
from ..findings import Problem, Severity
from . import capacity_balance
from . import share_range
from . import change_target
from . import budget_sums
from . import hours_within_allocation
from . import unique_ids
from . import plan_id_unique
from . import plan_id_filename
from . import period_sanity
from . import mandate_reference
from . import area_without_criteria
from . import of_which_fits
from . import criterion_measurable
from . import indicator_reference
from . import criterion_inferred_threshold
from . import measurement_reference
from . import measurement_unit
from . import measurement_method
from . import measurement_consistency
from . import measurement_id_unique
from . import waiver_valid
from . import waiver_unused


class Rule(Protocol):
    ID: str
    SEVERITY: Severity
    KINDS: tuple[str, ...]
    CROSS_FILE: bool  # reads other files' mandates, ids or criteria from the context
    __doc__: str | None

    def check(self, model: Any, context: Context) -> Iterator[Problem]: ...


_MODULES: list[Any] = [
    capacity_balance,
    share_range,
    change_target,
    budget_sums,
    hours_within_allocation,
    unique_ids,
    plan_id_unique,
    plan_id_filename,
    period_sanity,
    mandate_reference,
    area_without_criteria,
    of_which_fits,
    criterion_measurable,
    indicator_reference,
    criterion_inferred_threshold,
    measurement_reference,
    measurement_unit,
    measurement_method,
    measurement_consistency,
    measurement_id_unique,
    waiver_valid,
    waiver_unused,
]

RULES: dict[str, Rule] = {module.ID: module for module in _MODULES}
"""Every rule by id, in the order they are documented."""
