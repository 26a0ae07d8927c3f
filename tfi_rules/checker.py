"""`tfi check` as a library call: files in, one CheckResult out.

Data flows one way: read file → YAML nodes with positions → schema (typed
model) → rules → waivers → findings. Files stream through one at a time:
mandates first, then plans, then measurements, each checked against a
compact index of what the files before it declared (ids, criteria,
indicators). Only a plan that refers to something not yet read waits.
"""

from __future__ import annotations

import gc
import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Generator, Iterator

from .config import Config
from .context import Context, iter_criteria
from .discovery import discover, processing_order
from .engine import run_rules, stamp
from .findings import Finding, Severity
from .i18n import t
from .loader import Document, LoadError, load_file
from .result import CheckResult
from .validation import validate
from .waivers import apply_waivers

NO_FILES_RULE = "no-files"


@dataclass
class TypedFile:
    path: str
    kind: str
    model: Any
    document: Document | ReloadedDocument
    # Findings of the rules that need only this file, when a worker process ran them already.
    local_findings: list[Finding] | None = None


class ReloadedDocument:
    """Stands in for a Document whose node tree was dropped: reads the file again on the first `locate`.

    Plans and mandates are all read before any rule runs; keeping every node tree
    until then made memory grow with the number of files (about 200 KB a plan) and
    the garbage collector rescan them all (3.7 ms a file at 1,000 plans, twice the
    parse itself). Only files with findings are read a second time.
    """

    def __init__(self, path: str) -> None:
        self.path = path
        self._document: Document | None = None
        self._failed = False

    def locate(self, pointer: str | tuple[str | int, ...], *, key: bool = False) -> tuple[int, int]:
        if self._document is None and not self._failed:
            try:
                self._document = load_file(self.path)
            except LoadError:  # changed or removed since it was read: no position
                self._failed = True
        return self._document.locate(pointer, key=key) if self._document is not None else (0, 0)

    def release(self) -> None:
        """Drop the tree read for `locate` (the file's rules have run)."""
        self._document = None


def _without_tree(typed: TypedFile) -> TypedFile:
    if isinstance(typed.document, ReloadedDocument):
        return typed
    return TypedFile(typed.path, typed.kind, typed.model, ReloadedDocument(typed.path), typed.local_findings)


# --- reading files, here or in worker processes ---------------------------------------

# Below this many files, starting workers costs more than it saves (a fork and a pipe each).
PARALLEL_FROM = 48


def default_jobs() -> int:
    """The cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _read_files(
    paths: list[Path], jobs: int, config: Config, today: date
) -> Generator[tuple[TypedFile | None, list[Finding]], None, None]:
    """`read_typed` for each path, in order; with `jobs` > 1, parsed and validated in worker processes."""
    if jobs <= 1 or len(paths) < PARALLEL_FROM:
        for path in paths:
            yield read_typed(path)
        return
    from .i18n import language
    from .workers import ordered_map

    # Answers come in the files' order, so the check is the same whatever `jobs` is.
    yield from ordered_map(_read_in_worker, paths, jobs, _start_worker, (config, today, language()))


_worker_context: Context | None = None


def _start_worker(config: Config, today: date, language: str) -> None:
    from .i18n import set_language

    global _worker_context
    gc.disable()  # as in the main process: files hold no cycles
    set_language(language)
    _worker_context = Context(config=config, today=today)


def _read_in_worker(path: Path) -> tuple[TypedFile | None, list[Finding]]:
    """Read, validate and run the rules that need only this file; the main process runs the rest.

    The node tree stays here (pickling it costs more than parsing); should a cross-file
    rule find something in this file, the main process reads it again for the position.
    """
    typed, findings = read_typed(path)
    if typed is None:
        return typed, findings
    assert _worker_context is not None
    _worker_context.current_file = typed.path
    local = run_rules(typed.path, typed.kind, typed.model, typed.document, _worker_context, cross_file=False)
    return TypedFile(typed.path, typed.kind, typed.model, ReloadedDocument(typed.path), local), findings


def read_typed(path: Path) -> tuple[TypedFile | None, list[Finding]]:
    """Load and validate one file: the typed file, or the findings that stop it."""
    shown = str(path)
    try:
        document = load_file(path)
    except LoadError as error:
        return None, [error.to_finding()]
    model, findings = validate(document.data, shown, document)
    if model is None:
        return None, findings
    return TypedFile(shown, document.data["kind"], model, document), findings


def check_paths(
    paths: list[Path],
    config: Config | None = None,
    today: date | None = None,
    context_paths: list[Path] | None = None,
    jobs: int = 1,
) -> CheckResult:
    """Check every YAML file under `paths` (raises PathError for a path that does not exist).

    Files under `context_paths` that are not checked themselves are read for
    context only (a plan checked alone still sees the repository's mandate and
    the ids other files use); their own findings are not reported.

    With `jobs` > 1 and at least PARALLEL_FROM files, files are parsed and
    validated in `jobs` worker processes; the findings are the same.
    """
    # Files hold no reference cycles; the cyclic collector only rescans the growing
    # context (measured at 1,000 plans: 5.3 s with it, 4.3 s without). Refcounting frees all.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _check_paths(paths, config, today, context_paths, jobs)
    finally:
        if collecting:
            gc.enable()


def _check_paths(
    paths: list[Path], config: Config | None, today: date | None, context_paths: list[Path] | None, jobs: int
) -> CheckResult:
    context = Context(config=config or Config(), today=today or date.today())
    found = discover(paths)
    files, empty_folders = found.files, found.empty
    context_plans = _read_context(context_paths, files, context) if context_paths else []
    result = CheckResult(files=[str(path) for path in files])
    result.findings.extend(found.refused)
    for folder in empty_folders:
        result.findings.append(
            Finding(str(folder), 0, 0, NO_FILES_RULE, Severity.ERROR, t("no YAML files in this folder"),
                    t("put plans (*.yaml) here, or give another folder"))
        )

    ordered = processing_order(files)
    early = [path for path in ordered if "measurements" not in path.parts]
    late = [path for path in ordered if "measurements" in path.parts]

    # Mandates and plans stream too: each is checked as soon as what it refers to (its mandate,
    # the indicators its criteria read) is known, then dropped; only a plan that refers ahead
    # waits, without its node tree, until every mandate and plan has been registered.
    reads = _read_files([*early, *late], jobs, context.config, context.today)
    try:
        _check_streamed(reads, early, late, context_plans, context, result)
    finally:
        reads.close()  # on Ctrl-C too: stops the worker pool now, not when the generator is collected
    result.findings.sort()
    return result


def _check_streamed(
    reads: Generator[tuple[TypedFile | None, list[Finding]], None, None], early: list[Path], late: list[Path],
    context_plans: list[TypedFile], context: Context, result: CheckResult,
) -> None:
    """Check the files as `reads` yields them: mandates and plans (`early`), then measurements (`late`)."""
    waiting: list[TypedFile] = []
    checked_mandates: set[str] = set()
    for _path in early:
        typed, findings = next(reads)
        result.findings.extend(findings)
        if typed is None:
            continue
        _register(typed, context)
        if typed.kind == "mandate":
            checked_mandates.add(typed.model.id)
        if _refers_ahead(typed, context):
            waiting.append(_without_tree(typed))
        else:
            result.findings.extend(_check_one(typed, context))
    # A changed mandate can unbalance plans nobody touched: check the plans that name it too.
    dependants = [typed for typed in context_plans if typed.model.mandate in checked_mandates]
    result.files.extend(typed.path for typed in dependants)
    for typed in [*waiting, *dependants]:
        result.findings.extend(_check_one(typed, context))
        if isinstance(typed.document, ReloadedDocument):
            typed.document.release()
    # Measurement files stream: each is checked and dropped before the next is read.
    for _path in late:
        typed, findings = next(reads)
        result.findings.extend(findings)
        if typed is not None:
            result.findings.extend(_check_one(typed, context))
            _register(typed, context)


def _refers_ahead(typed: TypedFile, context: Context) -> bool:
    """True for a plan whose mandate or indicators have not been read yet."""
    if typed.kind != "plan":
        return False
    plan = typed.model
    if plan.mandate is not None and plan.mandate not in context.mandates:
        return True
    return any(
        criterion.indicator is not None and criterion.indicator not in context.indicators
        for criterion, _ in iter_criteria(plan)
    )


def _read_context(context_paths: list[Path], checked: list[Path], context: Context) -> list[TypedFile]:
    """Register the files that give context; returns the plans among them."""
    folders: dict[str, str] = {}
    checked_keys = {_real_path(path, folders) for path in checked}
    others = discover(context_paths).files
    plans = []
    for path in processing_order(others):
        if _real_path(path, folders) in checked_keys:
            continue
        typed, _findings = read_typed(path)
        if typed is not None:
            _register(typed, context)
            if typed.kind == "plan":
                plans.append(_without_tree(typed))
    return plans


def _real_path(path: Path, folders: dict[str, str]) -> str:
    """`os.path.realpath`, resolving each folder once: realpath costs a system call per path
    component, and `tfi check FILE...` asks it of every file twice (0.4 s at 1,000 plans)."""
    if os.path.islink(path):
        return os.path.realpath(path)
    parent, name = os.path.split(os.path.abspath(path))
    if parent not in folders:
        folders[parent] = os.path.realpath(parent)
    return os.path.join(folders[parent], name)


def _register(typed: TypedFile, context: Context) -> None:
    if typed.kind == "mandate":
        context.mandates.setdefault(typed.model.id, typed.model)
    elif typed.kind == "plan":
        context.add_plan(typed.model, typed.path)
    elif typed.kind == "measurements":
        context.add_measurement_ids([m.id for m in typed.model.measurements], typed.path)


def _check_one(typed: TypedFile, context: Context) -> list[Finding]:
    from .rules import RULES

    context.current_file = typed.path
    if typed.local_findings is None:
        findings = run_rules(typed.path, typed.kind, typed.model, typed.document, context)
    else:  # a worker ran the local rules; only those that read other files are left
        findings = [*typed.local_findings,
                    *run_rules(typed.path, typed.kind, typed.model, typed.document, context, cross_file=True)]
    waivers = list(getattr(typed.model, "waivers", []))
    if not waivers:
        return findings
    findings, used = apply_waivers(findings, waivers, typed.model, context.today)
    unused_rule = RULES.get("waiver-unused")
    if unused_rule is not None and context.config.is_active(unused_rule.ID):
        problems = unused_rule.check_usage(typed.model, used, context)  # type: ignore[attr-defined]
        findings.extend(stamp(typed.path, unused_rule, problems, typed.document, context))
    return findings
