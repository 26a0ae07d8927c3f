"""What an operating-system error means, in the user's words and language.

Classified by `errno`, never by the system's English text; an errno not listed
here is quoted in the system's own words (English in every language).
"""

from __future__ import annotations

import errno
from collections.abc import Callable

from .i18n import t

# Functions, not strings: the reason is put into the language in use when the error happens.
_REASONS: dict[int, Callable[[], str]] = {
    errno.EACCES: lambda: t("permission denied"),
    errno.EPERM: lambda: t("permission denied"),
    errno.ENOSPC: lambda: t("no space left on device"),
    errno.EDQUOT: lambda: t("disk quota exceeded"),
    errno.EFBIG: lambda: t("file too large"),
    errno.EIO: lambda: t("input/output error"),
    errno.EROFS: lambda: t("read-only file system"),
    errno.ENOTDIR: lambda: t("a part of the path is not a directory"),
    errno.ELOOP: lambda: t("the path is a loop of symbolic links"),
    errno.ENAMETOOLONG: lambda: t("the path is too long"),
}


def os_reason(error: OSError) -> str:
    """`permission denied`, `no space left on device`, ...: why `error` happened, for people."""
    reason = known_os_reason(error)
    if reason is not None:
        return reason
    return (error.strerror or str(error)).lower()


def known_os_reason(error: OSError) -> str | None:
    """Why `error` happened, in the user's language, if its errno is listed here; else None.

    For callers that word the system's own English differently from a reason of ours
    (the loader: "cannot read 'x'; the system says: '...'").
    """
    reason = _REASONS.get(error.errno) if error.errno is not None else None
    return reason() if reason is not None else None
