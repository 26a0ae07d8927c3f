"""Writing files safely: a user's file is replaced whole or not at all, and only ever a regular file.

`write_atomically` writes a temporary file next to the target and renames it over
the target. A rename replaces whatever directory entry has that name, so before
writing, and again right before the rename, the target is looked at with `lstat`
(which does not follow a link) and refused unless it is missing or a regular file:

- a character or block device (`/dev/null`), a named pipe, a socket or a folder:
  a rename would put a regular file in its place (as root, even in `/dev`);
- a symbolic link, whatever it points to. `/dev/stdout` is a link to
  `/proc/self/fd/1`; replacing it would break the system, and writing through it
  is what `-` is for. A link to a regular file is refused too, rather than
  followed: replacing the link with a file breaks what the link was for, and
  writing through it changes a file somewhere else, chosen by whoever made the
  link (a pull request can add a link `site/report.html -> ~/.bashrc`), with the
  rights of whoever runs tfi (root in CI). Naming the file itself costs the user
  one word; the message says so;
- a name ending in `/`, which names a folder even when none exists yet
  (`Path("out/")` would quietly write a file `out`).

What remains is the moment between the last look and the rename (microseconds);
closing it needs `renameat2(RENAME_EXCHANGE)`, which Python does not offer, and
whoever can swap a device into that folder in that moment can rename files there
anyway.
"""

from __future__ import annotations

import io
import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from .i18n import t


class TextOut(Protocol):
    """Where a report is written a piece at a time: an open text file, a StringIO, standard output."""

    def write(self, text: str, /) -> object: ...


class UnsafeOutput(Exception):
    """The output names something other than a regular file: refused, nothing written (exit 2)."""


# Functions, not strings: the kind is put into the language in use when the refusal happens.
_KINDS: dict[int, Callable[[], str]] = {
    stat.S_IFDIR: lambda: t("a folder"),
    stat.S_IFCHR: lambda: t("a character device"),
    stat.S_IFBLK: lambda: t("a block device"),
    stat.S_IFIFO: lambda: t("a named pipe"),
    stat.S_IFSOCK: lambda: t("a socket"),
}


def refuse_unsafe_output(path: str | os.PathLike[str]) -> os.stat_result | None:
    """The target's `lstat`, or None when it does not exist; raises UnsafeOutput unless it is a regular file."""
    name = os.fspath(path)
    if not name:
        raise UnsafeOutput(t("the output file name is empty; give the name of a file, or - for standard output"))
    if name.endswith(("/", os.sep)):
        raise UnsafeOutput(
            t(
                "{path} ends in a slash, so it names a folder; nothing was written. "
                "Give the name of a file, or - for standard output",
                path=name,
            )
        )
    try:
        info = os.lstat(name)
    except FileNotFoundError:
        return None
    if stat.S_ISREG(info.st_mode):
        return info
    if stat.S_ISLNK(info.st_mode):
        raise UnsafeOutput(
            t(
                "{path} is a symbolic link to {target}; tfi replaces only a regular file, never a "
                "link or what it points to, and nothing was written. Give the name of the file itself, "
                "or - for standard output",
                path=name,
                target=_link_target(name),
            )
        )
    kind = _KINDS.get(stat.S_IFMT(info.st_mode), lambda: t("another kind of file"))()
    raise UnsafeOutput(
        t(
            "{path} is {kind}, not a regular file; nothing was written. Give the name of a file "
            "(it is replaced whole), or - for standard output",
            path=name,
            kind=kind,
        )
    )


def _link_target(name: str) -> str:
    try:
        return os.readlink(name)
    except OSError:  # gone or changed since lstat: say what the name resolves to instead
        return os.path.realpath(name)


def write_atomically(path: str | os.PathLike[str], text: str | bytes | Callable[[TextOut], None]) -> None:
    """Write `text` (UTF-8), or bytes as they are (a workbook), to `path` via a temporary file in the
    same folder and a rename; or what a function writes, in UTF-8, to the text stream it is given
    (a report written a piece at a time, never whole in memory).

    Raises UnsafeOutput (nothing written) when `path` is anything but a regular
    file or a new name; see the module docstring.
    """
    name = os.fspath(path)
    old = refuse_unsafe_output(name)
    import tempfile  # here, not at the top: it imports shutil and random, and most runs write no file

    handle, temporary = tempfile.mkstemp(
        prefix=f".{os.path.basename(name)}.", suffix=".tmp", dir=os.path.dirname(name) or "."
    )
    try:
        with os.fdopen(handle, "wb") as stream:
            if callable(text):
                wrapper = io.TextIOWrapper(stream, encoding="utf-8", newline="")
                try:
                    text(wrapper)
                finally:
                    wrapper.detach()  # flushed into `stream`, which stays open
            else:
                stream.write(text if isinstance(text, bytes) else text.encode("utf-8"))
            stream.flush()
            os.fsync(stream.fileno())
        # mkstemp makes the file private (0600); a report is meant to be shared, so give it the
        # mode it would have had: the old file's, or what the umask leaves of 0666 for a new one.
        os.chmod(temporary, stat.S_IMODE(old.st_mode) if old is not None else 0o666 & ~_umask())
        refuse_unsafe_output(name)  # again: the target may have been swapped while we wrote
        os.replace(temporary, name)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _umask() -> int:
    mask = os.umask(0)  # the only way to read it is to set it; put it straight back
    os.umask(mask)
    return mask
