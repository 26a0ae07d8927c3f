"""The two sides of `tfi diff`: two files, two folders, or git revisions.

- Two files are compared with each other.
- Two folders: their YAML files are paired by their path inside each folder. A
  folder that holds `plans/` is read as a repository: its `plans/` and
  `measurements/` only.
- Git revisions: `tfi diff main` compares the working tree's `plans/` and
  `measurements/` with revision `main`; `tfi diff main feature` compares two
  revisions. The folders are those `tfi check` finds from the working folder
  (upwards), at the same place in each revision. Files are listed with
  `git ls-tree` and read with `git cat-file` (the bytes as committed, with no
  filters); git runs as a plain subprocess, never through a shell.

An argument that exists on disk is a path; otherwise it is a git revision.
Anything else is a usage error, `DiffUsageError` (exit 2), with a sentence that
says what to give instead.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any, TypeVar

from .. import git
from ..git import GitError
from ..i18n import t
from ..load.discovery import OUTSIDE_RULE, PathError, discover, is_yaml_name
from ..load.loader import DEFAULT_LIMITS, read_bytes

_T = TypeVar("_T")

FOLDERS = ("plans", "measurements")


class DiffUsageError(PathError):
    """The sides of `tfi diff` cannot be found: a usage error (exit 2)."""


class Unreadable(Exception):
    """One file of one side cannot be read; the message says why."""


@dataclass(frozen=True)
class DiskFile:
    path: Path
    where: str  # how messages name it: "old/plans/2011.yaml", "plans/2011.yaml in the working tree"
    refused: str = ""  # why it is not read (a link out of the repository), as `tfi check` says it

    def read(self) -> bytes:
        """The file's bytes, read as `tfi check` reads them (LoadError when the loader would refuse it)."""
        if self.refused:
            raise Unreadable(self.refused)
        return read_bytes(os.fspath(self.path))


@dataclass(frozen=True)
class GitFile:
    repository: Path
    object_id: str
    size: int
    where: str  # "plans/2011.yaml in main"

    def read(self) -> bytes:
        if self.size > DEFAULT_LIMITS.max_bytes:
            raise Unreadable(t("it is larger than {size} MiB", size=DEFAULT_LIMITS.max_bytes // (1024 * 1024)))
        return _git(git.read_blob, self.repository, self.object_id)


@dataclass(frozen=True)
class Side:
    """One side of the comparison: its files by the path they are paired on."""

    label: str  # "main", "the working tree", "old/plans/2011.yaml"
    named: bool  # True for a revision or path (shown in `backticks` in markdown)
    files: dict[str, DiskFile | GitFile] = field(default_factory=dict)


def resolve_sides(base: str, head: str | None, cwd: Path) -> tuple[Side, Side]:
    """The two sides the command line names (see the module docstring)."""
    for argument in (base, head):
        if argument is not None and argument.startswith("-"):
            raise DiffUsageError(t("'{argument}' is neither a file, a folder nor a git revision", argument=argument))
    if head is None:
        if os.path.lexists(base):
            raise DiffUsageError(
                t(
                    "{path}: give a second file or folder to compare it with "
                    "(one argument alone is a git revision, compared with the working tree)",
                    path=base,
                )
            )
        repository, prefix = _repository(cwd, [base])
        return _revision_side(repository, prefix, base), _working_tree_side(repository, prefix)
    on_disk = [os.path.lexists(base), os.path.lexists(head)]
    if all(on_disk):
        return _path_sides(Path(base), Path(head))
    if any(on_disk):
        missing = head if on_disk[0] else base
        raise DiffUsageError(
            t("{path}: no such file or folder; give two files, two folders or two git revisions", path=missing)
        )
    repository, prefix = _repository(cwd, [base, head])
    return _revision_side(repository, prefix, base), _revision_side(repository, prefix, head)


# --- files and folders ---------------------------------------------------------------------


def _path_sides(base: Path, head: Path) -> tuple[Side, Side]:
    if base.is_dir() != head.is_dir():
        folder, file = (base, head) if base.is_dir() else (head, base)
        raise DiffUsageError(
            t("cannot compare the folder {folder} with the file {file}; give two of a kind", folder=folder, file=file)
        )
    if not base.is_dir():
        key = head.as_posix()  # the pair is named after HEAD's file
        return (
            Side(str(base), True, {key: DiskFile(base, str(base))}),
            Side(str(head), True, {key: DiskFile(head, str(head))}),
        )
    return _folder_side(base), _folder_side(head)


def _folder_side(folder: Path) -> Side:
    roots = [folder / name for name in FOLDERS if (folder / name).is_dir()] if (folder / "plans").is_dir() else [folder]
    files = _disk_files(roots, lambda path: path.relative_to(folder).as_posix(), lambda path, _key: str(path))
    return Side(str(folder), True, files)


# --- git -----------------------------------------------------------------------------------


def _git(read: Callable[..., _T], *arguments: Any) -> _T:
    """`read(*arguments)` from the git module, its failure said as `tfi diff` says it."""
    try:
        return read(*arguments)
    except GitError as error:
        if error.missing:
            raise DiffUsageError(t("git is not installed; give two files or two folders to compare")) from None
        raise Unreadable(str(error)) from None


def _repository(cwd: Path, revisions: list[str]) -> tuple[Path, str]:
    """The repository's top folder and the place of `plans/` in it ("" at the top)."""
    try:
        top = _git(git.top_folder, cwd)
    except Unreadable:
        quoted = [f"'{revision}'" for revision in revisions]
        names = quoted[0] if len(quoted) == 1 else t("{first} and {second}", first=quoted[0], second=quoted[1])
        raise DiffUsageError(
            t(
                "{names}: no such file or folder, and {folder} is not in a git repository, so not a git revision "
                "either; give two files or two folders, or run `tfi diff REVISION` inside a git repository",
                names=names,
                folder=cwd,
            )
        ) from None
    for revision in revisions:
        if not _git(git.is_commit, top, revision):
            raise DiffUsageError(
                t(
                    "'{revision}' is not a file, a folder or a known git revision "
                    "(for a branch of a clone, fetch it first; in GitHub Actions check out with fetch-depth: 0)",
                    revision=revision,
                )
            )
    here = cwd.resolve()
    project = next(
        (
            folder
            for folder in [here, *here.parents]
            if (folder / "plans").is_dir() and (folder == top or top in folder.parents)
        ),
        here,
    )
    prefix = project.relative_to(top).as_posix() if (project == top or top in project.parents) else ""
    return top, "" if prefix == "." else prefix


def _folders(prefix: str) -> list[str]:
    return [f"{prefix}/{name}" if prefix else name for name in FOLDERS]


def _revision_side(repository: Path, prefix: str, revision: str) -> Side:
    try:
        found = _git(git.blobs, repository, revision, _folders(prefix))
    except Unreadable as error:
        raise DiffUsageError(
            t("cannot list the files of git revision '{revision}': {reason}", revision=revision, reason=error)
        ) from None
    files: dict[str, DiskFile | GitFile] = {
        blob.path: GitFile(
            repository, blob.object_id, blob.size, t("{path} in {revision}", path=blob.path, revision=revision)
        )
        for blob in found
        if _counts(blob.path, prefix)
    }
    return Side(revision, True, files)


def _counts(path: str, prefix: str) -> bool:
    """A YAML file, not hidden and not under a hidden folder (as `tfi check` walks folders)."""
    inside = PurePosixPath(path).relative_to(prefix) if prefix else PurePosixPath(path)
    return is_yaml_name(path) and not any(part.startswith(".") for part in inside.parts)


def _working_tree_side(repository: Path, prefix: str) -> Side:
    roots = [repository / folder for folder in _folders(prefix) if (repository / folder).is_dir()]
    files = _disk_files(
        roots,
        lambda path: path.relative_to(repository).as_posix(),
        lambda _path, key: t("{path} in the working tree", path=key),
    )
    return Side(t("the working tree"), False, files)


def _disk_files(
    roots: list[Path], key_of: Callable[[Path], str], where_of: Callable[[Path, str], str]
) -> dict[str, DiskFile | GitFile]:
    """The files under `roots` by key; a link out of the repository is named, not read."""
    found = discover(roots)
    files: dict[str, DiskFile | GitFile] = {}
    for file in found.files:
        path = Path(file)
        key = key_of(path)
        files[key] = DiskFile(path, where_of(path, key))
    for finding in found.refused:
        if finding.rule == OUTSIDE_RULE:
            link = Path(finding.file)
            key = key_of(link)
            files[key] = DiskFile(link, where_of(link, key), finding.message)
    return files
