"""How `tfi diff` shows a run: text (for a terminal) or markdown (for a pull-request comment or a
job summary: a heading per file, a bullet per change)."""

from __future__ import annotations

from ..markdown import without_html
from .run import DiffRun
from .sources import Side

FORMATS = ("text", "markdown")
NOTHING = "No changes to plans, mandates or measurements."


def render(run: DiffRun, fmt: str) -> str:
    return _markdown(run) if fmt == "markdown" else _text(run)


def _label(side: Side, markdown: bool) -> str:
    return f"`{side.label}`" if markdown and side.named else side.label


def _text(run: DiffRun) -> str:
    if not run.files:
        return (
            f"No changes to plans, mandates or measurements from {_label(run.base, False)} "
            f"to {_label(run.head, False)}.\n"
        )
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
        # The sentences are Markdown of our own (ids in `code`) around plan text: raw HTML must not pass.
        lines.extend(
            f"- {without_html(' '.join(item.split()))}"
            for item in [*file.problems, *(change.sentence for change in file.changes)]
        )
        lines.append("")
    return "\n".join(lines)
