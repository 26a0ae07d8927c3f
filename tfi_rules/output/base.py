"""What every output format of `tfi check` is: a name, the two options, and `render`."""

from __future__ import annotations

from typing import ClassVar

from ..check.result import CheckResult
from ..files import TextOut
from ..findings import Severity


class Reporter:
    """Turns a `CheckResult` into the text of one format.

    `hints`: show the "what to write instead" hints where the format is read by people
    (formats read by programs keep them whatever it says). `fail_on`: the least severe
    finding that fails the check, for formats that say pass or fail per finding or per run.
    """

    name: ClassVar[str]

    def __init__(self, hints: bool = True, fail_on: Severity = Severity.ERROR) -> None:
        self.hints = hints
        self.fail_on = fail_on

    def render(self, result: CheckResult) -> str:
        raise NotImplementedError

    def write(self, result: CheckResult, out: TextOut) -> None:
        """Write what `render` returns to `out`; formats that can stream write it a file at a time
        instead, so that the findings of a spooled result never all stand in memory at once."""
        out.write(self.render(result))


def rendered(reporter: Reporter, result: CheckResult) -> str:
    """What `reporter.write` writes, as one text."""
    import io

    buffer = io.StringIO()
    reporter.write(result, buffer)
    return buffer.getvalue()
