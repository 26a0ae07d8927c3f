"""Reading a plan's bytes and turning them into text: bounded, never waiting, every encoding named.

A file is read only if it is a regular file within `Limits.max_bytes` (a FIFO is opened
without waiting for a writer); a refusal says why in the user's language. The bytes
must be UTF-8: a file in UTF-16 or UTF-32, with or without a byte order mark, or in
Latin-1, is named as such. `text_position` counts lines as libyaml does, so that our
own positions agree with its marks.
"""

from __future__ import annotations

import errno
import os
import re
import stat
from collections.abc import Callable

from tfi_rules.i18n import t
from tfi_rules.load.limits import DEFAULT_LIMITS, Limits
from tfi_rules.load.load_error import LoadError
from tfi_rules.numbers import format_count
from tfi_rules.os_reasons import known_os_reason


def read_bytes(name: str, limits: Limits = DEFAULT_LIMITS) -> bytes:
    """The bytes of a regular file of at most `limits.max_bytes`, or a LoadError (never waits on a FIFO)."""
    try:
        # O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever.
        fd = os.open(name, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as error:
        raise _unreadable_os(name, error) from error
    except ValueError as error:  # a NUL byte in the path
        raise _unreadable(name, t("the path contains a NUL character")) from error
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise _unreadable(name, t("it is a directory, not a file"))
        if not stat.S_ISREG(info.st_mode):
            raise _unreadable(name, t("it is not a regular file (a pipe, socket or device)"))
        if info.st_size > limits.max_bytes:
            raise _too_large(name, info.st_size, limits)
        chunks: list[bytes] = []
        remaining = limits.max_bytes + 1  # one byte more tells us the file grew past the limit
        while remaining > 0:
            chunk = os.read(fd, remaining)
            if not chunk:
                break
            chunks.append(chunk)
            remaining -= len(chunk)
        return b"".join(chunks)
    except OSError as error:
        raise _unreadable_os(name, error) from error
    finally:
        os.close(fd)


# What a file being read makes more precise than the generic reasons (tfi_rules.os_reasons:
# "no such file or directory", no words for EISDIR). Functions, not strings: the reason is
# put into the language in use when the error happens.
_FILE_REASONS: dict[int, Callable[[], str]] = {
    errno.ENOENT: lambda: t("the file does not exist"),
    errno.EISDIR: lambda: t("it is a directory, not a file"),
}


def _unreadable_os(name: str, error: OSError) -> LoadError:
    file_reason = _FILE_REASONS.get(error.errno) if error.errno is not None else None
    reason = file_reason() if file_reason is not None else known_os_reason(error)
    if reason is not None:
        return _unreadable(name, reason)
    # The system's own words (English whatever the language) are quoted as they are.
    return LoadError(
        name,
        0,
        0,
        "file-unreadable",
        t("cannot read '{name}': {system_message}", name=name, system_message=(error.strerror or str(error)).lower()),
        t("check the path and that the file can be read"),
    )


def _unreadable(name: str, reason: str) -> LoadError:
    return LoadError(
        name,
        0,
        0,
        "file-unreadable",
        t("cannot read '{name}': {reason}", name=name, reason=reason),
        t("check the path and that the file can be read"),
    )


def _too_large(name: str, size: int, limits: Limits) -> LoadError:
    return LoadError(
        name,
        0,
        0,
        "yaml-too-large",
        t(
            "the file is {size} bytes; a plan may be at most {limit} bytes",
            size=format_count(size),
            limit=format_count(limits.max_bytes),
        ),
        t("split the plan or remove pasted material; plans are a few kilobytes"),
    )


# How YAML 1.2 (section 5.2) tells the encoding from a stream's first bytes: a byte order
# mark, or else the NUL bytes beside the first character, which is a printable ASCII one
# (or a tab or line break) in any YAML file.
_ASCII_FIRST = rb"[\t\n\r\x20-\x7e]"
_UTF16_32_STARTS = (
    (re.compile(rb"\x00\x00\xfe\xff|\xff\xfe\x00\x00|\x00{3}%b|%b\x00{3}" % (_ASCII_FIRST, _ASCII_FIRST)), "UTF-32"),
    (re.compile(rb"\xfe\xff|\xff\xfe|\x00%b|%b\x00" % (_ASCII_FIRST, _ASCII_FIRST)), "UTF-16"),
)
_UTF8_BOM = b"\xef\xbb\xbf"


def as_utf8(text: str | bytes, path: str, limits: Limits) -> tuple[bytes, str]:
    """The plan as UTF-8 bytes (what libyaml reads) and as text (for our own scans)."""
    if isinstance(text, str):
        if len(text) > limits.max_bytes:  # every character is at least one byte
            raise _too_large(path, len(text.encode("utf-8", "surrogatepass")), limits)
        # libyaml skips a byte order mark at its start without counting it in its marks:
        # with every leading one gone, its marks are indexes into this text.
        text = text.lstrip("\ufeff")
        try:
            source = text.encode("utf-8")
        except UnicodeEncodeError as error:  # lone surrogates cannot be written to a file
            line, column = text_position(text, error.start)
            raise LoadError(
                path,
                line,
                column,
                "yaml-encoding",
                t(
                    "the text holds the lone surrogate U+{code}, which is not Unicode text",
                    code=f"{ord(text[error.start]):04X}",
                ),
                t("save the file as UTF-8"),
            ) from error
        if len(source) > limits.max_bytes:
            raise _too_large(path, len(source), limits)
        return source, text
    if len(text) > limits.max_bytes:
        raise _too_large(path, len(text), limits)
    for start, encoding in _UTF16_32_STARTS:
        if start.match(text):
            raise LoadError(
                path,
                0,
                0,
                "yaml-encoding",
                t("the file is saved as {encoding}, not UTF-8", encoding=encoding),
                t("save as UTF-8"),
            )
    source = text
    while source.startswith(_UTF8_BOM):  # see above: libyaml would skip the next one uncounted
        source = source[3:]
    try:
        return source, source.decode("utf-8")
    except UnicodeDecodeError as error:
        good = source[: error.start].decode("utf-8")
        line, column = text_position(good, len(good))
        bad = source[error.start]
        if bad in b"\xe6\xf8\xe5\xc6\xd8\xc5":  # æøåÆØÅ in Latin-1 / Windows-1252
            message = t(
                "byte 0x{byte} is not valid UTF-8 (it looks like '{letter}' saved as Latin-1 or Windows-1252)",
                byte=f"{bad:02X}",
                letter=bytes([bad]).decode("latin-1"),
            )
        else:
            message = t("byte 0x{byte} is not valid UTF-8", byte=f"{bad:02X}")
        raise LoadError(path, line, column, "yaml-encoding", message, t("save the file as UTF-8")) from error


_BREAK_RE = re.compile("\r\n|[\r\n\x85\u2028\u2029]")


def text_position(text: str, index: int) -> tuple[int, int]:
    """1-based (line, column) of character `index`, counting line breaks as libyaml does."""
    line, start = 1, 0
    for match in _BREAK_RE.finditer(text, 0, index):
        line, start = line + 1, match.end()
    return line, index - start + 1
