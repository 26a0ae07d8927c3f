"""Reading a git repository, without a shell: the one place tfi runs git.

`tfi diff REV` reads a revision's plans, and `tfi check --new-since REV` writes them out to check
them again; both need the repository's top folder, whether REV is a commit, the regular files
under some folders at REV, and their bytes. Each command says in its own words what a failure
means to its user (`GitError` carries git's first line of complaint).
"""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass
from pathlib import Path

REGULAR_FILE_MODES = ("100644", "100755")  # git's modes of a file; links (120000) and submodules are left out


class GitError(Exception):
    """git is not installed (`missing`), or it refused: `complaint` is its first line on standard error."""

    def __init__(self, command: str, complaint: str = "", returncode: int = 0, missing: bool = False) -> None:
        super().__init__(complaint or f"git {command} failed")
        self.command = command
        self.complaint = complaint
        self.returncode = returncode
        self.missing = missing


def run(arguments: list[str], cwd: Path, stdin: bytes | None = None) -> bytes:
    """git's standard output for `git ARGUMENTS` in `cwd`; GitError when it is missing or fails."""
    try:
        result = subprocess.run(["git", *arguments], cwd=cwd, input=stdin, capture_output=True, check=False)
    except FileNotFoundError:
        raise GitError(arguments[0], missing=True) from None
    if result.returncode != 0:
        lines = result.stderr.decode("utf-8", "replace").strip().splitlines()
        raise GitError(arguments[0], lines[0] if lines else "", result.returncode)
    return result.stdout


def top_folder(cwd: Path) -> Path:
    """The top folder of the repository around `cwd` (GitError outside one)."""
    return Path(os.fsdecode(run(["rev-parse", "--show-toplevel"], cwd).rstrip(b"\n"))).resolve()


def is_commit(top: Path, revision: str) -> bool:
    """Whether `revision` names a commit of the repository (a branch, a tag, a hash, HEAD~1, ...)."""
    try:
        run(["rev-parse", "--verify", "--quiet", "--end-of-options", f"{revision}^{{commit}}"], top)
    except GitError as error:
        if error.missing:
            raise
        return False
    return True


@dataclass(frozen=True)
class Blob:
    """A regular file of a revision: its path from the top folder, its object and its size in bytes."""

    path: str
    object_id: str
    size: int


def blobs(top: Path, revision: str, pathspecs: list[str]) -> list[Blob]:
    """The regular files under `pathspecs` (from the top folder) at `revision`."""
    listing = run(["ls-tree", "-r", "-l", "-z", "--full-tree", revision, "--", *pathspecs], top)
    found = []
    for entry in listing.split(b"\0"):
        if not entry:
            continue
        meta, _, raw_path = entry.partition(b"\t")
        mode, kind, object_id, size = meta.decode("ascii").split()
        if kind == "blob" and mode in REGULAR_FILE_MODES:
            found.append(Blob(os.fsdecode(raw_path), object_id, int(size)))
    return found


def read_blob(top: Path, object_id: str) -> bytes:
    return run(["cat-file", "blob", object_id], top)


def read_blobs(top: Path, object_ids: list[str]) -> list[bytes]:
    """The bytes of many objects with one git process: `cat-file --batch` answers
    "<id> blob <size>\\n<bytes>\\n" per object."""
    if not object_ids:
        return []
    output = run(["cat-file", "--batch"], top, stdin="".join(f"{oid}\n" for oid in object_ids).encode("ascii"))
    contents, offset = [], 0
    for _ in object_ids:
        header_end = output.index(b"\n", offset)
        size = int(output[offset:header_end].split()[2])
        start = header_end + 1
        contents.append(output[start : start + size])
        offset = start + size + 1
    return contents
