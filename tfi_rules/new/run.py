"""`tfi new plan` as a library call: where the plan goes, what it is made from, and writing it."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from ..files import write_atomically
from ..findings import Finding
from ..i18n import t
from ..load.discovery import repository_root
from ..load.loader import load_file
from ..load.typed import read_typed
from ..model.types import ID_PATTERN
from . import SCHEMA_FROM_PLANS, NewPlan, NewPlanError, first_plan, mandate_for, next_plan, read_mandates


class InvalidPrevious(Exception):
    """The plan to start from does not validate (exit 1: `tfi check` says why)."""

    def __init__(self, findings: list[Finding]) -> None:
        super().__init__()
        self.findings = findings


@dataclass(frozen=True)
class Request:
    """What `tfi new plan` was asked for."""

    plan_id: str
    previous: Path | None = None
    year: int | None = None
    mandate_id: str | None = None
    output: Path | None = None
    force: bool = False


def write_new_plan(request: Request, here: Path) -> tuple[Path, NewPlan]:
    """Make the plan and write it; returns where. Raises NewPlanError (usage) or InvalidPrevious."""
    if re.fullmatch(ID_PATTERN, request.plan_id) is None:
        raise NewPlanError(
            t("'{id}' is not a valid id; ids use lowercase letters a–z, digits and single hyphens", id=request.plan_id)
        )
    plans_folder = _plans_folder(request.previous, here)
    target = request.output or plans_folder / f"{request.plan_id}.yaml"
    _may_write(target, request.force)
    made = _made(request, plans_folder, _schema_seen_from(target))
    try:
        write_atomically(target, made.text)
    except OSError as error:
        raise NewPlanError(
            t("{path}: cannot write it ({reason})", path=target, reason=error.strerror or error)
        ) from None
    return target, made


def _plans_folder(previous: Path | None, here: Path) -> Path:
    if previous is not None:
        if not previous.is_file():
            raise NewPlanError(t("{path}: no such file or folder", path=previous))
        typed, findings = read_typed(previous)
        if typed is None or typed.kind != "plan":
            raise InvalidPrevious(findings)
        return previous.parent
    root = repository_root(here.absolute())
    if root is None:
        raise NewPlanError(t("no plans/ folder here or above; run `tfi init` first"))
    return Path(os.path.relpath(root / "plans", here))


def _may_write(target: Path, force: bool) -> None:
    """A new plan replaces nothing without --force, and never anything but a regular file."""
    if (target.exists() or target.is_symlink()) and not force:
        raise NewPlanError(t("{path} exists; give --force to replace it", path=target))
    if target.is_symlink() or (target.exists() and not target.is_file()):
        raise NewPlanError(t("{path} is not a regular file; it is not replaced", path=target))


def _schema_seen_from(target: Path) -> str:
    """The modeline's path to the repository's plan schema, from the folder the plan is written to."""
    folder = target.absolute().parent
    root = repository_root(folder)
    if root is None:
        return SCHEMA_FROM_PLANS
    return os.path.relpath(root / "schemas" / "plan.schema.json", folder).replace(os.sep, "/")


def _made(request: Request, plans_folder: Path, schema: str) -> NewPlan:
    if request.previous is not None:
        return next_plan(load_file(request.previous).data, str(request.previous), request.plan_id, request.year, schema)
    year = request.year or (int(request.plan_id) if re.fullmatch(r"[0-9]{4}", request.plan_id) else None)
    if year is None:
        raise NewPlanError(t("give the plan's year with --period (the id '{id}' is not a year)", id=request.plan_id))
    mandate = mandate_for(read_mandates(plans_folder), request.mandate_id)
    return first_plan(mandate, request.plan_id, year, schema)
