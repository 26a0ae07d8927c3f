"""Findings: what every stage of `tfi check` reports, in one shape.

Rules and loaders yield findings without a rule id or severity where the engine
stamps them; everything downstream (waivers, reporters, exit codes) reads only
this module's types.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field, replace

from .i18n import t


class Severity(str, enum.Enum):
    """How bad a finding is; ordered so that `max()` gives the worst."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return _RANK[self]

    @property
    def label(self) -> str:
        """The severity's name for people, in the language in use (`value` stays the machine id)."""
        return {Severity.INFO: t("info"), Severity.WARNING: t("warning"), Severity.ERROR: t("error")}[self]

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank < other.rank


_RANK = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}


@dataclass(frozen=True, order=True)
class Finding:
    """One problem in one file, at one place.

    `line` and `column` are 1-based; 0 means "the file as a whole" (for example
    a file that cannot be read). `pointer` is a JSON pointer into the file's
    data ("" is the whole document).
    """

    file: str
    line: int
    column: int
    rule: str
    severity: Severity = field(compare=False)
    message: str
    hint: str = field(default="", compare=False)
    pointer: str = ""
    # The waiver that covers it, in parts, kept apart so that a page can mark the plan's language: the
    # reason alone (plan data, never empty: a waiver must give one) in `waived_language`, tfi's words on
    # its approval ("approved by BIU 25.06.2007", "unapproved: ..."), and whether no one approved it.
    # `waived_by` joins the first two; it is not stored, as a finding is pickled to --jobs workers and the spool.
    waiver_reason: str = field(default="", compare=False)
    waived_language: str = field(default="", compare=False)
    waiver_approval: str = field(default="", compare=False)
    waiver_unapproved: bool = field(default=False, compare=False)

    @property
    def waived(self) -> bool:
        return bool(self.waiver_reason)

    @property
    def waived_by(self) -> str:
        """The waiver's reason with tfi's words on who approved it ("" where no waiver covers it)."""
        return reason_and_approval(self.waiver_reason, self.waiver_approval)

    def waive(self, reason: str, language: str = "", *, approval: str = "", unapproved: bool = False) -> Finding:
        """This finding covered by a waiver: `reason` in `language`, and tfi's words on its `approval`."""
        return replace(
            self, waiver_reason=reason, waived_language=language, waiver_approval=approval, waiver_unapproved=unapproved
        )

    def location(self) -> str:
        if self.line:
            return f"{self.file}:{self.line}:{self.column}"
        return self.file


def reason_and_approval(reason: str, approval: str) -> str:
    """A waiver's reason (plan data) with tfi's words on who approved it, in brackets: how a waived finding
    and a waived criterion's verdict quote their waiver."""
    return f"{reason} ({approval})" if approval else reason


@dataclass(frozen=True)
class Problem:
    """What a rule yields: where in the file (a JSON pointer) and what is wrong.

    The engine turns it into a `Finding`, adding the file, the position, the
    rule's id and its severity.
    """

    pointer: str
    message: str
    hint: str = ""
    at_key: bool = False  # point at the mapping key rather than its value


def json_pointer(path: tuple[str | int, ...] | list[str | int]) -> str:
    """Render a path of keys and indexes as an RFC 6901 JSON pointer."""
    return "".join("/" + str(part).replace("~", "~0").replace("/", "~1") for part in path)


def parse_pointer(pointer: str) -> tuple[str, ...]:
    """Split an RFC 6901 JSON pointer into its unescaped parts."""
    if not pointer:
        return ()
    if not pointer.startswith("/"):
        raise ValueError(f"a JSON pointer starts with '/': {pointer!r}")
    return tuple(part.replace("~1", "/").replace("~0", "~") for part in pointer[1:].split("/"))
