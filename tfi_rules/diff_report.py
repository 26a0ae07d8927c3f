"""`tfi diff` as a library call: pair the files of two sides, compare them, render the changes.

Files are paired by path; a file on one side only is added or removed, a file
whose bytes are the same on both sides is left out. A side that cannot be read
or does not validate is said in one line ("plans/2011.yaml in HEAD is invalid
(line 214: ...): run `tfi check`") and its file is not compared; `tfi check`
is what fails on it.

Formats: text (for a terminal) and markdown (for a pull-request comment or a
job summary: a heading per file, a bullet per change).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Any

from .changes import Change, ChangeKind
from .config import DEFAULT_MAX_FINDINGS
from .diff_sources import DiskFile, GitFile, Side, Unreadable
from .loader import LoadError, load_text
from .plan_diff import describe_file, diff_models
from .validation import validate_first

FORMATS = ("text", "markdown")
NOTHING = "No changes to plans, mandates or measurements."


@dataclass(frozen=True)
class FileDiff:
    """What changed in one file: "changed", "added" or "removed", its changes, and sides not read."""

    path: str
    status: str
    changes: tuple[Change, ...] = ()
    problems: tuple[str, ...] = ()


@dataclass(frozen=True)
class DiffRun:
    base: Side
    head: Side
    files: tuple[FileDiff, ...]


def run_diff(base: Side, head: Side) -> DiffRun:
    """Compare every file of `base` with its namesake in `head`."""
    keys = sorted(set(base.files) | set(head.files), key=lambda key: ("measurements" in PurePosixPath(key).parts, key))
    return DiffRun(base, head, tuple(diff for key in keys
                                     if (diff := _diff_file(key, base.files.get(key), head.files.get(key)))))


def _diff_file(key: str, old: DiskFile | GitFile | None, new: DiskFile | GitFile | None) -> FileDiff | None:
    old_bytes, old_problem = _read(old)
    new_bytes, new_problem = _read(new)
    if old is not None and new is not None and old_problem is None and new_problem is None and old_bytes == new_bytes:
        return None
    status = "added" if old is None else "removed" if new is None else "changed"
    old_typed, old_problem = _typed(old, old_bytes, old_problem)
    new_typed, new_problem = _typed(new, new_bytes, new_problem)
    problems = tuple(problem for problem in (old_problem, new_problem) if problem)
    changes: list[Change] = []
    if status == "added" and new_typed:
        changes.append(Change(ChangeKind.FILE_ADDED, new_typed[1].id, describe_file(*new_typed, "added")))
    elif status == "removed" and old_typed:
        changes.append(Change(ChangeKind.FILE_REMOVED, old_typed[1].id, describe_file(*old_typed, "removed")))
    elif old_typed and new_typed:
        changes = diff_models(*old_typed, *new_typed)
        if not changes:
            changes = [Change(ChangeKind.LAYOUT_CHANGED, new_typed[1].id,
                              "no change to the content: only comments or layout")]
    return FileDiff(key, status, tuple(changes), problems)


def _read(source: DiskFile | GitFile | None) -> tuple[bytes, str | None]:
    if source is None:
        return b"", None
    try:
        return source.read(), None
    except Unreadable as error:
        return b"", f"{source.where} cannot be read ({error})"


def _typed(source: DiskFile | GitFile | None, data: bytes, problem: str | None
           ) -> tuple[tuple[str, Any] | None, str | None]:
    """(kind, model) of a file that loads and validates, or the one line that says it does not."""
    if source is None or problem is not None:
        return None, problem
    try:
        document = load_text(data, source.where)
    except LoadError as error:
        return None, _invalid(source.where, error.line, error.message)
    # Only the first finding is said: explaining thousands of schema errors would cost seconds.
    model, findings, _ = validate_first(document.data, source.where, document, DEFAULT_MAX_FINDINGS)
    if model is None:
        first = min(findings)
        return None, _invalid(source.where, first.line, first.message)
    return (model.kind, model), None


def _invalid(where: str, line: int, message: str) -> str:
    detail = f"line {line}: {message}" if line else message
    return f"{where} is invalid ({detail}): run `tfi check`"


# --- rendering -----------------------------------------------------------------------------


def render(run: DiffRun, fmt: str) -> str:
    return _markdown(run) if fmt == "markdown" else _text(run)


def _label(side: Side, markdown: bool) -> str:
    return f"`{side.label}`" if markdown and side.named else side.label


def _text(run: DiffRun) -> str:
    if not run.files:
        return f"No changes to plans, mandates or measurements from {_label(run.base, False)} " \
               f"to {_label(run.head, False)}.\n"
    lines = [f"Changes from {_label(run.base, False)} to {_label(run.head, False)}:"]
    for file in run.files:
        lines.append("")
        lines.append(file.path if file.status == "changed" else f"{file.path} ({file.status})")
        lines.extend(f"  - {item}" for item in [*file.problems, *(change.sentence for change in file.changes)])
    return "\n".join(lines) + "\n"


def _markdown(run: DiffRun) -> str:
    lines = [f"## Plan changes from {_label(run.base, True)} to {_label(run.head, True)}", ""]
    if not run.files:
        return "\n".join([*lines, NOTHING]) + "\n"
    for file in run.files:
        status = "" if file.status == "changed" else f" ({file.status})"
        lines.extend([f"### `{file.path}`{status}", ""])
        lines.extend(f"- {item}" for item in [*file.problems, *(change.sentence for change in file.changes)])
        lines.append("")
    return "\n".join(lines)
