"""`tfi check` as a library call: files in, one CheckResult out.

Data flows one way: read file → YAML nodes with positions → schema (typed
model) → rules → waivers → findings. Files stream through one at a time:
mandates first, then plans, then measurements, each checked against a
compact index of what the files before it declared (ids, criteria,
indicators). Only a plan that refers to something not yet read waits.
"""

from __future__ import annotations

import gc
import math
import os
from collections.abc import Generator
from dataclasses import replace
from datetime import date
from pathlib import Path

from ..config import Config
from ..findings import Finding, Severity
from ..i18n import t
from ..load.discovery import discover, in_folder_named, processing_order
from ..load.loader import Document, LoadError, load_file
from ..load.typed import TypedFile, collector_paused, read_file, read_typed
from ..model import FileKind
from ..model.mandate import Mandate
from ..model.plan import Plan
from ..model.walk import iter_criteria
from ..rules import RULES
from ..rules.context import Context
from ..spool import Spool
from .engine import run_rules
from .result import CheckResult
from .schemas_current import SCHEMAS_RULE, stale_schema_findings
from .waivers import apply_waivers, inside_unused_waivers

NO_FILES_RULE = "no-files"


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
    return TypedFile(typed.path, typed.kind, typed.model, ReloadedDocument(typed.path))


# A file as it comes out of reading: typed (or None), the findings that stopped it, the
# findings of the rules that need only this file when a worker process ran them already, and
# how many schema errors were counted without being explained (past `max_findings`).
Read = tuple[TypedFile | None, list[Finding], list[Finding] | None, int]


# --- reading files, here or in worker processes ---------------------------------------

# Below this many files, starting workers costs more than it saves (a fork and a pipe each).
PARALLEL_FROM = 48


def default_jobs() -> int:
    """Worker processes for `--jobs 0` (the default): the cores left free, or 1 (none) below 2.

    Free is the cores this process may use, less one for the main process (it unpickles every
    answer and runs the cross-file rules) and less the 1-minute load average, rounded up. Measured
    with bench/run.py's corpora on 2 shared cores, paired runs, `--jobs 2` over `--jobs 1`:
    1.03× the time at 1,000 plans under a load of 4.5, 1.31× (and 26 % more CPU) under 5.6,
    1.48× at 100 plans under 5.0; at best 0.85× on an idle machine (issue 17). Again, medians of 3
    pairs under loads of 3-8: 0.83× (clean) and 0.69× (finding-heavy) at 1,000 plans, but 1.10× (up
    to 1.47×) at 10,000 clean plans. Workers on 2 cores win or lose with the machine's other work, so
    2 cores never get workers (never slower than `--jobs 1`), and a busy machine gets fewer.
    """
    return jobs_for(usable_cores(), load_average())


def jobs_for(cores: int, load: float) -> int:
    """The default number of worker processes on `cores` usable cores under a 1-minute `load` average
    (see `default_jobs`): the cores left free by the main process and the load, when at least 2 are,
    else 1 (no workers). Pure, so that the rule is tested as a table."""
    free = cores - 1 - math.ceil(load)
    return free if free >= 2 else 1


def usable_cores() -> int:
    """The cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def load_average() -> float:
    """Processes running or waiting for a core, over the last minute (0 where it is not known)."""
    try:
        return os.getloadavg()[0]
    except (AttributeError, OSError):  # not on this system
        return 0.0


def _read_files(paths: list[str], jobs: int, config: Config, today: date) -> Generator[Read, None, None]:
    """`read_file` for each path, in order; with `jobs` > 1, parsed and validated in worker processes."""
    if jobs <= 1 or len(paths) < PARALLEL_FROM:
        for path in paths:
            typed, findings, unexplained = read_file(Path(path), config.max_findings)
            if typed is not None:
                typed.path = path  # the same text, str(Path)'s copy aside (the run keeps it: 73 bytes a file)
            yield typed, findings, None, unexplained
        return
    from ..i18n import language
    from .workers import ordered_map

    # Answers come in the files' order, so the check is the same whatever `jobs` is.
    yield from ordered_map(_read_in_worker, paths, jobs, _start_worker, (config, today, language()))


_worker_context: Context | None = None


def _start_worker(config: Config, today: date, language: str) -> None:
    from ..i18n import set_language

    global _worker_context
    gc.disable()  # as in the main process: files hold no cycles
    set_language(language)
    _worker_context = Context(config=config, today=today, rule_ids=frozenset(RULES))


def _read_in_worker(path: str) -> Read:
    """Read, validate and run the rules that need only this file; the main process runs the rest.

    The node tree stays here (pickling it costs more than parsing); should a cross-file
    rule find something in this file, the main process reads it again for the position.
    """
    assert _worker_context is not None
    typed, findings, unexplained = read_file(Path(path), _worker_context.config.max_findings)
    if typed is None:
        return typed, findings, None, unexplained
    _worker_context.current_file = typed.path
    local = run_rules(typed.path, typed.kind, typed.model, typed.document, _worker_context, cross_file=False)
    return _without_tree(typed), findings, local, unexplained


def check_paths(
    paths: list[Path],
    config: Config | None = None,
    today: date | None = None,
    context_paths: list[Path] | None = None,
    jobs: int = 1,
    spool: bool = False,
) -> CheckResult:
    """Check every YAML file under `paths` (raises PathError for a path that does not exist).

    Files under `context_paths` that are not checked themselves are read for
    context only (a plan checked alone still sees the repository's mandate and
    the ids other files use); their own findings are not reported.

    With `jobs` > 1 and at least PARALLEL_FROM files, files are parsed and
    validated in `jobs` worker processes; the findings are the same.

    With `spool`, each file's findings go to a spool on disk once the file is checked
    (`CheckResult.settle`), so memory does not grow with the findings.
    """
    with collector_paused():
        return _check_paths(paths, config, today, context_paths, jobs, spool)


def _check_paths(
    paths: list[Path],
    config: Config | None,
    today: date | None,
    context_paths: list[Path] | None,
    jobs: int,
    spool: bool = False,
) -> CheckResult:
    context = Context(config=config or Config(), today=today or date.today(), rule_ids=frozenset(RULES))
    found = discover(paths)
    files, empty_folders = found.files, found.empty
    context_plans = _read_context(context_paths, files, context) if context_paths else []
    result = CheckResult(files=list(files), max_findings=context.config.max_findings, spool=Spool() if spool else None)
    result.add(found.refused)
    if context.config.is_active(SCHEMAS_RULE):
        severity = context.config.severity_of(SCHEMAS_RULE, Severity.INFO)
        result.add(replace(finding, severity=severity) for finding in stale_schema_findings(paths))
    for folder in empty_folders:
        result.add(
            [
                Finding(
                    str(folder),
                    0,
                    0,
                    NO_FILES_RULE,
                    Severity.ERROR,
                    t("no YAML files in this folder"),
                    t("put plans (*.yaml) here, or give another folder"),
                )
            ]
        )

    ordered = processing_order(files)
    early = [path for path in ordered if not in_folder_named(path, "measurements")]
    late = [path for path in ordered if in_folder_named(path, "measurements")]

    # Mandates and plans stream too: each is checked as soon as what it refers to (its mandate,
    # the indicators its criteria read) is known, then dropped; only a plan that refers ahead
    # waits, without its node tree, until every mandate and plan has been registered.
    reads = _read_files([*early, *late], jobs, context.config, context.today)
    try:
        _check_streamed(reads, early, late, context_plans, context, result)
    finally:
        reads.close()  # on Ctrl-C too: stops the worker pool now, not when the generator is collected
    result.limit_per_file(context.config.max_findings)
    return result


def _check_streamed(
    reads: Generator[Read, None, None],
    early: list[str],
    late: list[str],
    context_plans: list[TypedFile],
    context: Context,
    result: CheckResult,
) -> None:
    """Check the files as `reads` yields them: mandates and plans (`early`), then measurements (`late`)."""
    waiting: list[tuple[TypedFile, list[Finding] | None]] = []
    checked_mandates: set[str] = set()
    for path in early:
        typed, findings, local, unexplained = next(reads)
        result.add(findings)
        result.leave_unlisted(path, "error", unexplained)
        if typed is None:
            _settle(result, path, None)
            continue
        _register(typed, context)
        if isinstance(typed.model, Mandate):
            checked_mandates.add(typed.model.id)
        if _refers_ahead(typed, context):
            waiting.append((_without_tree(typed), local))
        else:
            result.add(_check_one(typed, context, local))
            _settle(result, path, typed)
    # A changed mandate can unbalance plans nobody touched: check the plans that name it too.
    dependants = [
        typed for typed in context_plans if isinstance(typed.model, Plan) and typed.model.mandate in checked_mandates
    ]
    result.files.extend(typed.path for typed in dependants)
    for typed, local in [*waiting, *((typed, None) for typed in dependants)]:
        result.add(_check_one(typed, context, local))
        result.settle(typed.path)
        if isinstance(typed.document, ReloadedDocument):
            typed.document.release()
    # Measurement files stream: each is checked and dropped before the next is read.
    for path in late:
        typed, findings, local, unexplained = next(reads)
        result.add(findings)
        result.leave_unlisted(path, "error", unexplained)
        if typed is not None:
            result.add(_check_one(typed, context, local))
            _register(typed, context)
        _settle(result, path, typed)


def _settle(result: CheckResult, path: str, typed: TypedFile | None) -> None:
    """Every finding of the file at `path` is in `result`: to the spool with them, if there is one."""
    result.settle(path)
    if typed is not None and typed.path != path:
        result.settle(typed.path)


def _refers_ahead(typed: TypedFile, context: Context) -> bool:
    """True for a plan whose mandate or indicators have not been read yet."""
    plan = typed.model
    if not isinstance(plan, Plan):
        return False
    if plan.mandate is not None and plan.mandate not in context.mandates:
        return True
    return any(
        criterion.indicator is not None and criterion.indicator not in context.indicators
        for criterion, _ in iter_criteria(plan)
    )


def _read_context(context_paths: list[Path], checked: list[str], context: Context) -> list[TypedFile]:
    """Register the files that give context; returns the plans among them."""
    folders: dict[str, str] = {}
    checked_keys = {_real_path(path, folders) for path in checked}
    others = discover(context_paths).files
    plans = []
    for path in processing_order(others):
        if _real_path(path, folders) in checked_keys:
            continue
        typed, _findings = read_typed(Path(path))
        if typed is not None:
            _register(typed, context)
            if typed.kind == FileKind.PLAN:
                plans.append(_without_tree(typed))
    return plans


def _real_path(path: str, folders: dict[str, str]) -> str:
    """`os.path.realpath`, resolving each folder once: realpath costs a system call per path
    component, and `tfi check FILE...` asks it of every file twice (0.4 s at 1,000 plans)."""
    if os.path.islink(path):
        return os.path.realpath(path)
    parent, name = os.path.split(os.path.abspath(path))
    if parent not in folders:
        folders[parent] = os.path.realpath(parent)
    return os.path.join(folders[parent], name)


def _register(typed: TypedFile, context: Context) -> None:
    model = typed.model
    if isinstance(model, Mandate):
        context.mandates.setdefault(model.id, model)
    elif isinstance(model, Plan):
        context.add_plan(model, typed.path)
    else:
        context.add_measurement_ids([m.id for m in model.measurements], typed.path)


def _check_one(typed: TypedFile, context: Context, local_findings: list[Finding] | None = None) -> list[Finding]:
    context.current_file = typed.path
    if local_findings is None:
        findings = run_rules(typed.path, typed.kind, typed.model, typed.document, context)
    else:  # a worker ran the local rules; only those that read other files are left
        findings = [
            *local_findings,
            *run_rules(typed.path, typed.kind, typed.model, typed.document, context, cross_file=True),
        ]
    waivers = list(getattr(typed.model, "waivers", []))
    if not waivers:
        return findings
    findings, used = apply_waivers(findings, waivers, typed.model, context.today)
    context.used_waivers = frozenset(used)
    context.inside_unused_waivers = inside_unused_waivers(findings, waivers, typed.model, used, context.today)
    findings.extend(run_rules(typed.path, typed.kind, typed.model, typed.document, context, after_waivers=True))
    return findings
