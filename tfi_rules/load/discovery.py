"""Finding the files to check: YAML files in the folders and files given, in a stable order."""

from __future__ import annotations

import os
from pathlib import Path

from ..i18n import t

YAML_SUFFIXES = (".yaml", ".yml")


class PathError(Exception):
    """A path given on the command line does not exist: a usage error (exit 2)."""


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
        if (folder / "plans").is_dir():
            return folder
    return None


def _relative(path: Path, start: Path) -> Path:
    """Show paths as the user would type them from the working folder."""
    try:
        return Path(os.path.relpath(path, start))
    except ValueError:  # another drive (Windows)
        return path


def discover(paths: list[Path]) -> tuple[list[Path], list[Path]]:
    """The YAML files under `paths`, and the folders given that hold none.

    Folders are walked without following symbolic links to folders, so a link
    loop cannot trap the walk; hidden folders (`.git`) are skipped.
    """
    files: list[Path] = []
    empty: list[Path] = []
    seen: set[Path] = set()
    for path in paths:
        if not os.path.lexists(path):
            raise PathError(t("{path}: no such file or folder", path=path))
        if path.is_dir():
            found = sorted(_walk(path))
            if not found:
                empty.append(path)
            candidates = found
        else:
            candidates = [path]
        for candidate in candidates:
            key = Path(os.path.normpath(candidate))
            if key not in seen:
                seen.add(key)
                files.append(candidate)
    return files, empty


def _holds_yaml(folder: Path) -> bool:
    """Whether a folder holds a YAML file anywhere below it (stops at the first)."""
    if not folder.is_dir():
        return False
    for _root, dirs, names in os.walk(folder):
        dirs[:] = [name for name in dirs if not name.startswith(".")]
        if any(name.endswith(YAML_SUFFIXES) and not name.startswith(".") for name in names):
            return True
    return False


def _walk(folder: Path) -> list[Path]:
    found: list[Path] = []
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(name for name in dirs if not name.startswith("."))
        found.extend(Path(root) / name for name in names if name.endswith(YAML_SUFFIXES) and not name.startswith("."))
    return found


def processing_order(files: list[Path]) -> list[Path]:
    """Mandates first, then plans, then measurements, so cross-file rules see what they refer to.

    The order is a guess from names; rules do not depend on it for correctness
    (plans and mandates are all read before any rule runs).
    """

    def rank(path: Path) -> tuple[int, str]:
        if "mandate" in path.name:
            return 0, str(path)
        if "measurements" in path.parts:
            return 2, str(path)
        return 1, str(path)

    return sorted(files, key=rank)
