"""`tfi init`: a team's own plans repository, ready for `tfi check` at once.

It writes the team's mandate (from three answers: capacity, start, decision), a `measurements/`
folder, the installed version's JSON Schemas, a GitHub workflow that runs this repository's action,
a pre-commit configuration and a short README. A file that exists is never replaced: it is listed as
skipped, so running `tfi init` again in a repository only adds what is missing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path

from ..files import write_atomically
from ..i18n import t
from ..load.schemas import SCHEMA_FILE_BY_KIND, installed
from ..numbers import bounds_problem
from . import templates
from .templates import MANDATE_FILE, MandateAnswers

__all__ = [
    "InitError",
    "InitOutcome",
    "MandateAnswers",
    "MANDATE_FILE",
    "init_repository",
    "parse_capacity",
    "parse_start",
    "parse_decision",
    "DEFAULT_ACTION",
    "parse_action",
]

DEFAULT_ACTION = f"OWNER/tfi@v{templates.version()}"
"""A placeholder: OWNER is the GitHub account that holds tfi for the team (README, "tfi init")."""

_ACTION = re.compile(r"^([A-Za-z0-9][A-Za-z0-9_.-]*/[A-Za-z0-9_.-]+)@([A-Za-z0-9_./-]+)$")


class InitError(ValueError):
    """An answer or an option that cannot make a repository (a usage error, exit 2)."""


@dataclass
class InitOutcome:
    """What `tfi init` did: the files it wrote and the existing ones it left alone."""

    written: list[Path] = field(default_factory=list)
    skipped: list[Path] = field(default_factory=list)


def parse_capacity(text: str) -> Decimal:
    """The mandate's capacity in årsværk: a positive number, exact ("4", "3.5" or "3,5")."""
    try:
        value = Decimal(text.strip().replace(",", "."))
    except InvalidOperation:
        raise InitError(
            t("capacity {value} is not a number; write the årsværk, e.g. 4 or 3.5", value=repr(text))
        ) from None
    if not value.is_finite() or value <= 0:
        raise InitError(
            t("capacity {value} is not a positive number; write the årsværk, e.g. 4 or 3.5", value=repr(text))
        )
    problem = bounds_problem(value, text.strip())
    if problem is not None:
        raise InitError(problem[0])
    return value


def parse_start(text: str) -> date:
    """The first day the capacity applies."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise InitError(t("{value} is not a date; write year-month-day, e.g. 2009-06-30", value=repr(text))) from None


def parse_decision(text: str) -> str:
    """The decision reference as written, e.g. "BIU 201/2006": one line, with a letter or digit for the id."""
    decision = " ".join(text.split())
    if not templates.mandate_id(decision):
        raise InitError(
            t("the decision {value} has no letters or digits; write its reference, e.g. BIU 201/2006", value=repr(text))
        )
    return decision


def parse_action(text: str) -> tuple[str, str]:
    """`OWNER/REPOSITORY@REF` → (repository, ref), for the workflow and pre-commit."""
    match = _ACTION.fullmatch(text.strip())
    if match is None:
        raise InitError(
            t(
                "{value} does not name an action; write OWNER/REPOSITORY@TAG, e.g. {example}",
                value=repr(text),
                example=DEFAULT_ACTION,
            )
        )
    return match.group(1), match.group(2)


def planned_files(answers: MandateAnswers | None, action: str) -> dict[str, str]:
    """Each file `tfi init` writes, by its path in the repository; without answers, no mandate."""
    repository, ref = parse_action(action)
    planned = {}
    if answers is not None:
        planned[MANDATE_FILE] = templates.mandate(answers)
    planned["measurements/README.md"] = templates.measurements_readme()
    for kind, name in SCHEMA_FILE_BY_KIND.items():
        planned[f"schemas/{name}"] = installed(kind)
    planned[".github/workflows/plans.yml"] = templates.workflow(repository, ref)
    planned[".pre-commit-config.yaml"] = templates.pre_commit(repository, ref)
    planned["README.md"] = templates.team_readme()
    return planned


def init_repository(folder: Path, answers: MandateAnswers | None, action: str = DEFAULT_ACTION) -> InitOutcome:
    """Write every planned file that does not exist yet under `folder` (made if missing).

    `answers` may be None only when `plans/mandate.yaml` exists (it is then skipped).
    Raises InitError for a folder that cannot be made or written.
    """
    if answers is None and not (folder / MANDATE_FILE).exists():
        raise InitError(t("the mandate needs its capacity, start and decision"))
    outcome = InitOutcome()
    for name, text in planned_files(answers, action).items():
        path = folder / name
        if os_exists(path):
            outcome.skipped.append(path)
            continue
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            write_atomically(path, text)
        except OSError as error:
            raise InitError(
                t("{path}: cannot write it ({reason})", path=path, reason=error.strerror or error)
            ) from None
        outcome.written.append(path)
    if answers is None:
        outcome.skipped.insert(0, folder / MANDATE_FILE)
    return outcome


def os_exists(path: Path) -> bool:
    """True for anything at `path`, a broken symbolic link included: it is not ours to replace."""
    return path.exists() or path.is_symlink()
