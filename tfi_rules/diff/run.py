"""`tfi diff` as a library call: pair the files of two sides and compare them (`render.py` shows the result).

Files are paired by path; a file on one side only is added or removed, a file
whose bytes are the same on both sides is left out. A side that cannot be read
or does not validate is said in one line ("plans/2011.yaml in HEAD is invalid
(line 214: ...): run `tfi check`") and its file is not compared; `tfi check`
is what fails on it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePosixPath

from ..i18n import t
from ..load.loader import LoadError
from ..load.typed import TypedFile, typed_text
from .differences import Difference, DifferenceKind
from .files import describe_file, diff_models
from .sources import DiskFile, GitFile, Side, Unreadable


@dataclass(frozen=True)
class FileDiff:
    """What changed in one file: "changed", "added" or "removed", its changes, and sides not read."""

    path: str
    status: str
    changes: tuple[Difference, ...] = ()
    problems: tuple[str, ...] = ()


@dataclass(frozen=True)
class DiffRun:
    base: Side
    head: Side
    files: tuple[FileDiff, ...]


def run_diff(base: Side, head: Side) -> DiffRun:
    """Compare every file of `base` with its namesake in `head`."""
    keys = sorted(set(base.files) | set(head.files), key=lambda key: ("measurements" in PurePosixPath(key).parts, key))
    return DiffRun(
        base, head, tuple(diff for key in keys if (diff := _diff_file(key, base.files.get(key), head.files.get(key))))
    )


def _diff_file(key: str, old: DiskFile | GitFile | None, new: DiskFile | GitFile | None) -> FileDiff | None:
    old_bytes, old_problem = _read(old)
    new_bytes, new_problem = _read(new)
    if old is not None and new is not None and old_problem is None and new_problem is None and old_bytes == new_bytes:
        return None
    status = "added" if old is None else "removed" if new is None else "changed"
    old_typed, old_problem = _typed(old, old_bytes, old_problem)
    new_typed, new_problem = _typed(new, new_bytes, new_problem)
    problems = tuple(problem for problem in (old_problem, new_problem) if problem)
    changes: list[Difference] = []
    if status == "added" and new_typed:
        changes.append(
            Difference(
                DifferenceKind.FILE_ADDED,
                new_typed.model.id,
                describe_file(new_typed.kind, new_typed.model, added=True),
            )
        )
    elif status == "removed" and old_typed:
        changes.append(
            Difference(
                DifferenceKind.FILE_REMOVED,
                old_typed.model.id,
                describe_file(old_typed.kind, old_typed.model, added=False),
            )
        )
    elif old_typed and new_typed:
        changes = diff_models(old_typed.kind, old_typed.model, new_typed.kind, new_typed.model)
        if not changes:
            changes = [
                Difference(
                    DifferenceKind.LAYOUT_CHANGED,
                    new_typed.model.id,
                    t("no change to the content: only comments or layout"),
                )
            ]
    return FileDiff(key, status, tuple(changes), problems)


def _read(source: DiskFile | GitFile | None) -> tuple[bytes, str | None]:
    if source is None:
        return b"", None
    try:
        return source.read(), None
    except LoadError as error:  # a file on disk the loader refuses to read, as `tfi check` would
        return b"", _invalid(source.where, error.line, error.message)
    except Unreadable as error:
        return b"", t("{file} cannot be read ({reason})", file=source.where, reason=error)


def _typed(source: DiskFile | GitFile | None, data: bytes, problem: str | None) -> tuple[TypedFile | None, str | None]:
    """The typed file of a side that loads and validates, or the one line that says it does not."""
    if source is None or problem is not None:
        return None, problem
    typed, findings = typed_text(data, source.where)
    if typed is None:
        first = min(findings)
        return None, _invalid(source.where, first.line, first.message)
    return typed, None


def _invalid(where: str, line: int, message: str) -> str:
    detail = t("line {line}: {message}", line=line, message=message) if line else message
    return t("{file} is invalid ({detail}): run `tfi check`", file=where, detail=detail)
