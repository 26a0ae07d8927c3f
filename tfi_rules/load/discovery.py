"""Finding the files to check: YAML files in the folders and files given, in a stable order.

Files found are kept as strings, spelt as `str(Path(...))` spells them, and a `Path` is made only when a
file is opened: a `Path` keeps its parts as well as its string (with `.parts` asked, a tuple of them
too), about 370 bytes a file against the string's 70 (tracemalloc, 1,000 plans), and a run holds every
file's name until it ends.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path, PurePath

from ..findings import Finding, Severity
from ..i18n import t
from ..os_reasons import os_reason

YAML_SUFFIXES = (".yaml", ".yml")
UNREADABLE_RULE = "file-unreadable"  # the loader's id for a file that cannot be read; a folder too
OUTSIDE_RULE = "link-outside-repository"


class PathError(Exception):
    """A path given on the command line does not exist, is empty, or may not be looked at: a usage error (exit 2)."""


@dataclass
class Discovered:
    """What `discover` found: the files to read, and what it could not or would not read."""

    files: list[str] = field(default_factory=list)  # as `str(Path(...))` spells them
    empty: list[Path] = field(default_factory=list)  # folders given that hold no YAML file
    refused: list[Finding] = field(default_factory=list)  # unreadable folders, links out of the repository


def is_yaml_name(name: str) -> bool:
    """A plan's file name: `.yaml` or `.yml` in any case (`X.YAML` from Windows is a plan too)."""
    return name.lower().endswith(YAML_SUFFIXES)


def default_paths(start: Path) -> list[Path]:
    """The repository's `plans/` and `measurements/`, found upwards from `start`."""
    folder = repository_root(start)
    if folder is None:
        raise PathError(t("no plans/ folder in {start} or above it; give the files or folders to check", start=start))
    # A measurements/ without results yet (a repository `tfi init` just made, the start of a year)
    # is left out rather than reported as empty: nobody asked for it by name.
    found = [folder / "plans", *[path for path in [folder / "measurements"] if _holds_yaml(path)]]
    return [_relative(path, start) for path in found]


def repository_root(start: Path) -> Path | None:
    """The folder holding `plans/`: `start` or the nearest folder above it."""
    for folder in [start, *start.parents]:
        if os.path.isdir(folder / "plans"):
            return folder
    return None


def _holds_yaml(folder: Path) -> bool:
    """Whether a folder holds a YAML file anywhere below it (stops at the first; unreadable parts are
    left to the check itself, which names them)."""
    if not os.path.isdir(folder):
        return False
    unreadable: list[OSError] = []
    for _root, dirs, names in os.walk(folder, onerror=unreadable.append):
        dirs[:] = [name for name in dirs if not name.startswith(".")]
        if any(is_yaml_name(name) and not name.startswith(".") for name in names):
            return True
    return bool(unreadable)  # a folder it cannot read is checked, so that the check says why


def _relative(path: Path, start: Path) -> Path:
    """Show paths as the user would type them from the working folder."""
    try:
        return Path(os.path.relpath(path, start))
    except ValueError:  # another drive (Windows)
        return path


def discover(paths: list[Path]) -> Discovered:
    """The YAML files under `paths`, the folders given that hold none, and what was refused.

    Folders are walked without following symbolic links to folders, so a link
    loop cannot trap the walk; hidden folders (`.git`) are skipped. A folder that
    cannot be read is reported, not skipped. A symbolic link (to a file or a
    folder) that points outside the repository is refused by name and not read:
    a pull request could otherwise add `plans/x.yaml -> /etc/shadow` and have CI
    quote its lines in a syntax error. The repository is the folder holding
    `plans/` at or above the folder walked (or that folder, without one); a link
    inside the folder given, which may itself be a link, is followed.
    """
    found = Discovered()
    seen: set[str] = set()
    for path in paths:
        must_exist(path)
        if os.path.isdir(path):
            refused_before = len(found.refused)
            # Sorted as the paths' parts are (Path's order: "a/b" before "a-c"), not as the strings are.
            candidates = sorted(_walk(path, _repository_roots(path), found.refused), key=_parts_order)
            if not candidates and len(found.refused) == refused_before:
                found.empty.append(path)
        elif os.path.islink(path) and not _inside(os.path.realpath(path), _repository_roots(path.parent)):
            found.refused.append(_outside(str(path)))
            candidates = []
        else:
            candidates = [str(path)]
        for candidate in candidates:
            key = path_key(candidate)
            if key not in seen:
                seen.add(key)
                found.files.append(candidate)
    return found


def must_exist(path: Path) -> None:
    """Raise PathError, saying why, unless `path` exists and this user may look at it."""
    try:
        os.lstat(path)
    except (FileNotFoundError, NotADirectoryError, ValueError):  # ValueError: a NUL in the name
        raise PathError(t("{path}: no such file or folder", path=path)) from None
    except OSError as error:  # a folder on the way that this user may not search: say so
        raise PathError(t("{path}: {reason}", path=path, reason=os_reason(error))) from None


def _walk(folder: Path, roots: tuple[str, ...], refused: list[Finding]) -> list[str]:
    """The YAML files under `folder`; folders that cannot be read and links out of `roots` go to `refused`.

    `os.scandir` rather than `os.walk`: `os.walk` drops a folder it cannot read without a word, and
    its entries tell a link from a file without a system call per file.
    """
    found: list[str] = []
    folders = [os.fspath(folder)]
    # A file's path as str(Path) spells it: the folder given is a Path, so its entries' paths are, but
    # under "." ("./plans/x.yaml" is "plans/x.yaml"). Folders and refusals keep the entry's own spelling.
    skip = len(os.curdir + os.sep) if folders[0] == os.curdir else 0
    while folders:
        here = folders.pop()
        try:
            with os.scandir(here) as scan:
                entries = list(scan)
        except OSError as error:
            refused.append(_unreadable_folder(here, error))
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue
            if entry.is_symlink():
                # os.path.isdir, not entry.is_dir(): it says False for a loop of links, where is_dir raises
                to_folder = os.path.isdir(entry.path)
                if not _inside(os.path.realpath(entry.path), roots):
                    if is_yaml_name(entry.name) or to_folder:
                        refused.append(_outside(entry.path))
                elif is_yaml_name(entry.name) and not to_folder:
                    found.append(entry.path[skip:])
                # a link to a folder inside is not walked: a loop of links cannot trap the walk
            elif entry.is_dir(follow_symlinks=False):
                folders.append(entry.path)
            elif is_yaml_name(entry.name):
                found.append(entry.path[skip:])
    return found


def _parts_order(path: str) -> list[str] | PurePath:
    """How Path orders paths as `discover` spells them: by their parts ("a/b" before "a-c"), and on
    Windows by Path itself (its parts case-folded)."""
    return PurePath(path) if os.altsep else path.split(os.sep)


def path_key(path: str) -> str:
    """What makes two Paths equal, for a path as a string: two paths with the same key are one file's name."""
    return os.path.normcase(os.path.normpath(path))


def in_folder_named(path: str, name: str) -> bool:
    """`name in Path(path).parts`, for a path as `discover` spells it, without making the Path."""
    if os.altsep:  # Windows: a drive and a share are one part
        return name in PurePath(path).parts
    return name in path.split(os.sep)


def _repository_roots(path: Path) -> tuple[str, ...]:
    """Where a link found at or under `path` may point: the repository holding it, and `path` itself."""
    here = Path(os.path.abspath(path))
    repository = next((folder for folder in [here, *here.parents] if os.path.isdir(folder / "plans")), here)
    return tuple({os.path.realpath(repository), os.path.realpath(here)})


def _inside(real: str, roots: tuple[str, ...]) -> bool:
    return any(real == root or real.startswith(root.rstrip(os.sep) + os.sep) for root in roots)


def _outside(link: str) -> Finding:
    target = os.path.realpath(link)
    return Finding(
        link,
        0,
        0,
        OUTSIDE_RULE,
        Severity.ERROR,
        t(
            "'{link}' is a symbolic link to {target}, outside the repository; it is not followed or read",
            link=link,
            target=target,
        ),
        t("copy the file into the repository, or give {target} itself on the command line", target=target),
    )


def _unreadable_folder(folder: str, error: OSError) -> Finding:
    return Finding(
        folder,
        0,
        0,
        UNREADABLE_RULE,
        Severity.ERROR,
        t("cannot read the folder '{name}': {reason}", name=folder, reason=os_reason(error)),
        t("make the folder readable for this user (chmod a+rx), or move the files out of it"),
    )


def processing_order(files: list[str]) -> list[str]:
    """Mandates first, then plans, then measurements, so cross-file rules see what they refer to.

    The order is a guess from names; rules do not depend on it for correctness
    (plans and mandates are all read before any rule runs).
    """

    def rank(path: str) -> tuple[int, str]:
        if "mandate" in os.path.basename(path):
            return 0, path
        if in_folder_named(path, "measurements"):
            return 2, path
        return 1, path

    return sorted(files, key=rank)
