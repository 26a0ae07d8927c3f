"""How `tfi diff` shows a run: text (for a terminal) or markdown (for a pull-request comment or a
job summary: a heading per file, a bullet per change)."""

from __future__ import annotations

from ..i18n import t
from ..markdown import without_html
from .run import DiffRun, FileDiff
from .sources import Side

FORMATS = ("text", "markdown")


def render(run: DiffRun, fmt: str) -> str:
    return _markdown(run) if fmt == "markdown" else _text(run)


def _label(side: Side, markdown: bool) -> str:
    return f"`{side.label}`" if markdown and side.named else side.label


def _status(file: FileDiff) -> str:
    """ " (added)" or " (removed)" after a file's path; nothing for a file that changed."""
    if file.status == "added":
        return " " + t("(added)")
    if file.status == "removed":
        return " " + t("(removed)")
    return ""


def _text(run: DiffRun) -> str:
    base, head = _label(run.base, False), _label(run.head, False)
    if not run.files:
        return t("No changes to plans, mandates or measurements from {base} to {head}.", base=base, head=head) + "\n"
    lines = [t("Changes from {base} to {head}:", base=base, head=head)]
    for file in run.files:
        lines.append("")
        lines.append(file.path + _status(file))
        lines.extend(f"  - {item}" for item in [*file.problems, *(change.sentence for change in file.changes)])
    return "\n".join(lines) + "\n"


def _markdown(run: DiffRun) -> str:
    heading = t("Plan changes from {base} to {head}", base=_label(run.base, True), head=_label(run.head, True))
    lines = [f"## {heading}", ""]
    if not run.files:
        return "\n".join([*lines, t("No changes to plans, mandates or measurements.")]) + "\n"
    for file in run.files:
        lines.extend([f"### `{file.path}`{_status(file)}", ""])
        # The sentences are Markdown of our own (ids in `code`) around plan text: raw HTML must not pass.
        lines.extend(
            f"- {without_html(' '.join(item.split()))}"
            for item in [*file.problems, *(change.sentence for change in file.changes)]
        )
        lines.append("")
    return "\n".join(lines)
