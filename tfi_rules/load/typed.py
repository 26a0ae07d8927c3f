"""One file → its kind and typed model: the read every command shares (check, verdict, diff, report).

Reading stops at the first stage that fails: a file that cannot be loaded gives its
`LoadError` as a finding, one that does not validate gives its schema findings.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from ..findings import Finding
from ..model import AnyModel, FileKind
from .loader import Document, LoadError, load_file, load_text
from .validation import Located, validate


@dataclass
class TypedFile:
    """A file that loaded and validated: where it is, its kind, its model, and its positions."""

    path: str
    kind: FileKind
    model: AnyModel
    document: Located  # the loader's Document, or a stand-in that reads the file again for positions


def read_typed(path: Path) -> tuple[TypedFile | None, list[Finding]]:
    """Load and validate one file: the typed file, or the findings that stop it."""
    try:
        document = load_file(path)
    except LoadError as error:
        return None, [error.to_finding()]
    return _typed(document, str(path))


def typed_text(text: str | bytes, path: str) -> tuple[TypedFile | None, list[Finding]]:
    """`read_typed` for text already read (a file of a git revision); `path` names it in findings."""
    try:
        document = load_text(text, path)
    except LoadError as error:
        return None, [error.to_finding()]
    return _typed(document, path)


def _typed(document: Document, shown: str) -> tuple[TypedFile | None, list[Finding]]:
    model, findings = validate(document.data, shown, document)
    if model is None:
        return None, findings
    return TypedFile(shown, FileKind(document.data["kind"]), model, document), findings


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while typed files stream through.

    Models hold no reference cycles, so the collector would only rescan what a run keeps
    growing (the check's context, the verdict's index and rows): measured at 1,000 plans,
    `tfi check` took 5.3 s with it and 4.3 s without; at 10,000 plans it was most of
    `tfi verdict`'s time. Reference counting frees everything.
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()
