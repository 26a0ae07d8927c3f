"""`tfi`: check TaskForce Integration plans, and judge their targets against what was measured.

This module is deliberately thin: it parses options, calls the library in
`tfi_rules`, and turns the outcome into an exit code. Heavy modules (pydantic,
jsonschema, tabulate) are imported inside the commands that need them, so
`tfi --version` and `tfi --help` start fast.

Exit codes (one contract for every command):
  0  clean
  1  a file is invalid, unbalanced or breaks a rule (at or above --fail-on)
  2  usage error: unknown option, a path that does not exist or is empty (""), bad configuration,
     an --output that is not a regular file (a device, pipe, folder, link, or a name ending in /),
     or output that could not be written (a full disk: `tfi check > /dev/full`)
  3  targets not met, also under one of their readings (only `tfi verdict --fail-on not-met`)
  4  internal error in tfi itself (please report it; `--debug` shows the detail)
  130  interrupted (Ctrl-C, SIGINT); 143  terminated (SIGTERM). Worker processes of a
       parallel check end with the command, quietly.
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from tfi_rules import __version__
from tfi_rules.i18n import t

if TYPE_CHECKING:  # imported inside the commands that use them, so that `tfi --version` starts fast
    from tfi_rules.check.workers import WorkerLost
    from tfi_rules.config import Config
    from tfi_rules.files import TextOut

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2
EXIT_NOT_MET = 3
EXIT_INTERNAL = 4
EXIT_INTERRUPTED = 130  # 128 + SIGINT, what a shell reports for Ctrl-C
EXIT_TERMINATED = 143  # 128 + SIGTERM


class Terminated(BaseException):
    """SIGTERM arrived. A BaseException, like KeyboardInterrupt, so no `except Exception` stops it on
    its way out and every `with` on the way (a worker pool) is closed."""


class OutputFailed(Exception):
    """Standard output could not be written (a full disk): said in a sentence, exit 2, not a bug in tfi."""

    def __init__(self, error: OSError) -> None:
        super().__init__(error)
        self.error = error


def _print(text: str, nl: bool = True) -> None:
    """`click.echo` to standard output, with a failed write (not a closed pipe) raised as OutputFailed."""
    try:
        click.echo(text, nl=nl)
    except BrokenPipeError:
        raise
    except OSError as error:
        raise OutputFailed(error) from None


def _run(debug: bool, action: Callable[[], int]) -> None:
    """Run a command body; map expected failures to exit codes and anything else to 4."""
    from tfi_rules.check.workers import WorkerLost
    from tfi_rules.config import ConfigError
    from tfi_rules.files import UnsafeOutput
    from tfi_rules.load.discovery import PathError

    restore_sigterm = _terminate_by_exception()
    try:
        code = action()
    except (PathError, ConfigError, UnsafeOutput) as error:
        click.echo(t("tfi: error: {error}", error=error), err=True)
        code = EXIT_USAGE
    except OutputFailed as failure:
        code = _output_failed(failure.error)
    except BrokenPipeError:
        _silence_stdout()
        code = EXIT_OK
    except KeyboardInterrupt:
        code = EXIT_INTERRUPTED
    except Terminated:
        code = EXIT_TERMINATED
    except WorkerLost as lost:
        code = _worker_lost(lost)
    except Exception as error:  # a bug in tfi: one line, the detail only on request
        if debug:
            import traceback

            traceback.print_exc()
        click.echo(
            t(
                "tfi: internal error ({kind}: {error}). This is a bug in tfi; "
                "please report it with the command you ran (add --debug for the detail).",
                kind=type(error).__name__,
                error=error,
            ),
            err=True,
        )
        code = EXIT_INTERNAL
    finally:
        restore_sigterm()
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        _silence_stdout()
    except OSError as error:
        code = _output_failed(error)
    sys.exit(code)


def _output_failed(error: OSError) -> int:
    from tfi_rules.os_reasons import os_reason

    _silence_stdout()  # or Python's own flush at exit fails again, with a traceback-like "Exception ignored"
    click.echo(t("tfi: error: could not write the output: {reason}", reason=os_reason(error)), err=True)
    return EXIT_USAGE


def _worker_lost(lost: WorkerLost) -> int:
    """A worker process was killed: by the SIGTERM that reached the whole process group (quietly, as
    when tfi itself gets it first), or by something else, such as the out-of-memory killer (said)."""
    import signal

    if lost.signal == signal.SIGTERM:
        return EXIT_TERMINATED
    click.echo(
        t(
            "tfi: error: a worker process was stopped ({reason}); run again, or with --jobs 1 for one process",
            reason=lost,
        ),
        err=True,
    )
    return 128 + lost.signal if lost.signal else EXIT_INTERNAL


def _terminate_by_exception() -> Callable[[], None]:
    """SIGTERM raises Terminated while a command runs, so it ends like Ctrl-C: workers stopped, exit 143.

    Left at its default, SIGTERM killed tfi at once (exit -15, not 143), and its workers, writing
    results to a parent that was gone, printed BrokenPipeError tracebacks (2 of 4 runs, 200 plans).
    Returns what puts the previous handler back.
    """
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        return lambda: None  # only the main thread may set a handler (a library caller's thread)

    def terminated(_signal: int, _frame: Any) -> None:
        raise Terminated

    previous = signal.signal(signal.SIGTERM, terminated)

    def restore() -> None:
        signal.signal(signal.SIGTERM, signal.SIG_DFL if previous is None else previous)

    return restore


_imports_frozen = False


@contextmanager
def _importing() -> Iterator[None]:
    """Import a command's modules with the cyclic garbage collector paused, then freeze what they made.

    Imports make objects that live as long as the process (modules, classes, functions, schemas), held in
    reference cycles. The collector scanned them again and again and freed none (8.2 ms in 59 collections
    of a 7-file `tfi check`, 2.8-3.4 ms in 20 with its imports made here; gc.callbacks, 3 runs each), and
    the interpreter's exit tore them all down, cycle by cycle: `gc.freeze()` just before exit took a check
    of the repository from 193 to 168 ms (`os._exit`: 164 ms). Frozen, they are neither scanned nor torn
    down; the exit flushes the standard streams and runs atexit hooks as before, and the cycles already
    garbage when they are frozen (about 84 KiB after the check's imports, tracemalloc) stay until exit.
    The check went from 192 to 165 ms (medians of 21 paired cold runs). Once a process, so that one that
    runs many commands (the tests) freezes only what was alive at its first.
    """
    global _imports_frozen
    if _imports_frozen or not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        _imports_frozen = True
        gc.freeze()
        gc.enable()


def _silence_stdout() -> None:
    # Output to a closed pipe (`tfi check | head -1`) or a full disk: stop writing, quietly.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


class _Commands(click.Group):
    """`tfi`'s commands; what click writes itself (`--help`, `--version`) fails as the commands do."""

    def main(self, *args: Any, **kwargs: Any) -> Any:
        try:
            return super().main(*args, **kwargs)
        except BrokenPipeError:
            raise
        except OSError as error:  # only click's own output gets here: a command's body runs in _run
            sys.exit(_output_failed(error))


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="tfi")
def main() -> None:
    """Plans as code for Copenhagen's TaskForce Integration.

    Exit codes: 0 clean, 1 findings, 2 usage error, 3 targets not met
    (verdict --fail-on not-met), 4 internal error, 130 interrupted, 143 terminated.
    """


def _load_config(select: tuple[str, ...], ignore: tuple[str, ...], max_findings: int | None = None) -> Config:
    from tfi_rules.check.schemas_current import SCHEMAS_RULE
    from tfi_rules.config import check_rule_ids, find_config, load_config
    from tfi_rules.rules import RULES

    known = {*RULES, SCHEMAS_RULE}  # the one check of the repository rather than of a file
    config = load_config(find_config(Path.cwd()), known)
    check_rule_ids([*select, *ignore], known, t("command line"))
    return config.with_options(list(select), list(ignore), max_findings)


def _refuse_empty(paths: tuple[str, ...]) -> None:
    """`tfi check ""` (an unset shell variable, `tfi check "$FILES"`) names no path: not the current folder."""
    from tfi_rules.load.discovery import PathError

    if any(path == "" for path in paths):
        raise PathError(
            t(
                "an empty path was given; name a file or folder, or give none for the repository's "
                "plans/ and measurements/"
            )
        )


def _paths(paths: tuple[str, ...]) -> list[Path]:
    from tfi_rules.load.discovery import default_paths

    _refuse_empty(paths)
    return [Path(path) for path in paths] if paths else default_paths(Path.cwd())


def _context_paths(paths: tuple[str, ...]) -> list[Path]:
    """When files are named, their repository's other files still give context (its mandate, its ids).

    The repository is found from each named file's own folder, so `tfi check sub/plans/p.yaml`
    works from anywhere.
    """
    from tfi_rules.load.discovery import PathError, default_paths

    found: list[Path] = []
    seen: set[Path] = set()
    starts: set[Path] = set()
    for name in paths:
        path = Path(name).absolute()
        start = path if os.path.isdir(path) else path.parent  # os.path: False, not an error, where it may not look
        if start in starts:  # many files of one folder: look the repository up once
            continue
        starts.add(start)
        try:
            # default_paths answers relative to `start`; join them back onto it.
            for folder in default_paths(start):
                key = (start / folder).resolve()
                if key not in seen:
                    seen.add(key)
                    found.append(key)
        except PathError:
            continue
    return found


def _set_language(_ctx: Any, _param: Any, value: str | None) -> str:
    from tfi_rules.i18n import language_from_environment, set_language

    code = value or language_from_environment()
    set_language(code)
    return code


debug_option = click.option("--debug", is_flag=True, help="Show the detail of an internal error.")


def lang_option(command: Callable[..., Any]) -> Callable[..., Any]:
    """`--lang da|en` for a command that speaks to people; the locale decides when it is left out."""
    return click.option(
        "--lang",
        type=click.Choice(["da", "en"]),
        default=None,
        callback=_set_language,
        is_eager=True,
        expose_value=False,
        help="Language of messages and headings (default: from TFI_LANG or the locale, e.g. LANG=da_DK.UTF-8; "
        "else English).",
    )(command)


def _check_formats() -> list[str]:
    from tfi_rules.output import REPORTER_NAMES

    return ["auto", *REPORTER_NAMES]


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=str, readable=False))
@click.option(
    "--fail-on",
    type=click.Choice(["error", "warning", "info"]),
    default="error",
    show_default=True,
    help="The least severe finding that fails the check.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(_check_formats()),
    default="auto",
    show_default=True,
    help="Output format; auto is github inside GitHub Actions (GITHUB_ACTIONS=true), text otherwise.",
)
@click.option(
    "--output",
    "-o",
    type=click.Path(allow_dash=True, path_type=str),
    metavar="FILE",
    help="Write the report to FILE (a regular file, replaced whole) and print only the summary line; "
    "- for standard output.",
)
@click.option("--select", multiple=True, metavar="RULE", help="Run only these rules (repeatable).")
@click.option("--ignore", multiple=True, metavar="RULE", help="Skip these rules (repeatable).")
@click.option("--no-hints", is_flag=True, help="Leave out the 'hint:' lines.")
@click.option(
    "--max-findings",
    type=click.IntRange(min=0),
    default=None,
    metavar="N",
    help="List at most N findings per file (default 100, or max-findings in the configuration; "
    "0: all). The summary and the exit code count them all.",
)
@click.option(
    "--new-since",
    metavar="REV",
    help="Report only findings not already present at git revision REV (matched by file, rule and "
    "JSON pointer, not by line); the standing ones are counted in the summary line.",
)
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=0),
    default=0,
    metavar="N",
    help="Worker processes that parse files (0, the default: the cores left free by this process and "
    "the load average when at least 2 are, so none on 2 cores or fewer, where workers were measured "
    "slower as often as faster; 1: none). Used from 48 files on; the findings are the same.",
)
@lang_option
@debug_option
def check(
    paths: tuple[str, ...],
    fail_on: str,
    fmt: str,
    output: str | None,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    no_hints: bool,
    max_findings: int | None,
    jobs: int,
    debug: bool,
    new_since: str | None = None,
) -> None:
    """Check plans, mandates and measurements (default: the repository's plans/ and measurements/)."""

    def action() -> int:
        with _importing():
            from tfi_rules.check.pipeline import check_paths
            from tfi_rules.findings import Severity
            from tfi_rules.output import choose_format, reporter
            from tfi_rules.output.text import summary_line

        report_file = None if output in (None, "-") else output
        if report_file is not None:
            from tfi_rules.files import refuse_unsafe_output

            refuse_unsafe_output(report_file)  # before the work, not after it
        config = _load_config(select, ignore, max_findings)
        from tfi_rules.check.pipeline import default_jobs

        # Without --new-since (which compares every finding with another check's), findings go to a
        # spool on disk as each file is checked, and the report is written from it a file at a time.
        result = check_paths(
            _paths(paths),
            config,
            context_paths=_context_paths(paths),
            jobs=jobs or default_jobs(),
            spool=new_since is None,
        )
        if new_since is not None:
            result = _without_standing(result, new_since, paths, config, jobs or default_jobs())
        chosen = reporter(choose_format(fmt, os.environ), hints=not no_hints, fail_on=Severity(fail_on))
        try:
            if report_file is not None:
                _write_output(report_file, lambda out: chosen.write(result, out))
                _print(summary_line(result))
            else:
                _write_stdout(lambda out: chosen.write(result, out))
        finally:
            result.close()
        return EXIT_FINDINGS if result.failed(Severity(fail_on)) else EXIT_OK

    _run(debug, action)


def _without_standing(result: Any, revision: str, paths: tuple[str, ...], config: Config, jobs: int) -> Any:
    """`tfi check --new-since REV`: the result less the findings REV already had."""
    import tempfile

    from tfi_rules.check.pipeline import check_paths
    from tfi_rules.check.standing import check_new_since

    def check_then(before: list[Path], context: list[Path]) -> Any:
        return check_paths(before, config, context_paths=context, jobs=jobs)

    with tempfile.TemporaryDirectory(prefix="tfi-new-since-") as scratch:
        return check_new_since(
            revision, Path.cwd(), _paths(paths), _context_paths(paths), Path(scratch), check_then, result
        )


def _parse_day(_ctx: Any, _param: Any, value: str | None) -> date:
    if value is None:
        return date.today()
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(
            t("{value} is not a date; write year-month-day, e.g. 2009-06-30", value=repr(value))
        ) from None


class _Echoed:
    """A text stream over `_print`, in pieces of about 64 KB: a report written a file at a time goes
    out as it is made, with `_print`'s handling of a failed write."""

    PIECE = 1 << 16

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._size = 0

    def write(self, text: str) -> int:
        self._parts.append(text)
        self._size += len(text)
        if self._size >= self.PIECE:
            self.flush()
        return len(text)

    def flush(self) -> None:
        if self._parts:
            _print("".join(self._parts), nl=False)
            self._parts, self._size = [], 0


def _write_stdout(write: Callable[[TextOut], None]) -> None:
    """Let `write` write a report to standard output through `_Echoed`."""
    out = _Echoed()
    write(out)
    out.flush()


def _write_output(output: str, text: str | bytes | Callable[[TextOut], None]) -> None:
    """Write a report to the file named by --output: replaced whole, and only if it is a regular file."""
    from tfi_rules.files import write_atomically
    from tfi_rules.load.discovery import PathError
    from tfi_rules.os_reasons import os_reason

    try:
        write_atomically(output, text)
    except OSError as error:
        raise PathError(
            t("{output}: cannot write the report ({reason})", output=output, reason=os_reason(error))
        ) from None


def _plans_and_measurements(plans: tuple[str, ...], measurement_dirs: tuple[str, ...]) -> tuple[list[Path], list[Path]]:
    """The plans and the measurements a verdict or a report reads: as named, or the repository's."""
    from tfi_rules.load.discovery import default_paths, must_exist

    _refuse_empty((*plans, *measurement_dirs))
    defaults = default_paths(Path.cwd()) if not plans or not measurement_dirs else []
    plan_paths = [Path(p) for p in plans] or [p for p in defaults if p.name != "measurements"]
    measurement_paths = [Path(p) for p in measurement_dirs] or [p for p in defaults if p.name == "measurements"]
    for path in [*plan_paths, *measurement_paths]:
        must_exist(path)
    return plan_paths, measurement_paths


@main.command()
@click.argument("plans", nargs=-1, type=click.Path(path_type=str, readable=False))
@click.option(
    "--as-of",
    callback=_parse_day,
    metavar="YYYY-MM-DD",
    help="Judge as of this day: later figures do not count yet (default: today).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "markdown", "json", "csv", "xlsx"]),
    default="text",
    show_default=True,
    help="xlsx: a workbook with an overview sheet and a sheet per plan (needs --output); "
    "csv with --lang da: for Danish Excel (;, decimal comma, UTF-8 with BOM).",
)
@click.option(
    "--output",
    "-o",
    type=click.Path(allow_dash=True, path_type=str),
    metavar="FILE",
    help="Write to FILE (a regular file, replaced whole, never half-written) instead of standard "
    "output; - for standard output.",
)
@click.option(
    "--status",
    "statuses",
    multiple=True,
    type=click.Choice(
        [
            "met",
            "not met",
            "pending",
            "no final figure",
            "depends on the reading",
            "no data",
            "not comparable",
            "qualitative",
            "waived",
        ]
    ),
    help="Show only rows with this verdict (repeatable).",
)
@click.option(
    "--fail-on",
    type=click.Choice(["not-met"]),
    default=None,
    help="Exit 3 when any target is not met, also under only one of its readings (for CI).",
)
@click.option(
    "--measurements",
    "measurement_dirs",
    multiple=True,
    type=click.Path(path_type=str, readable=False),
    help="Where the measurements are (default: the repository's measurements/).",
)
@lang_option
@debug_option
def verdict(
    plans: tuple[str, ...],
    as_of: date,
    fmt: str,
    output: str | None,
    statuses: tuple[str, ...],
    fail_on: str | None,
    measurement_dirs: tuple[str, ...],
    debug: bool,
) -> None:
    """Judge every success criterion: target, what was measured, and the verdict."""
    if fmt == "xlsx" and output in (None, "-"):
        raise click.UsageError(t("--format xlsx writes a file: add --output FILE (e.g. status.xlsx)"))

    def action() -> int:
        from tfi_rules.verdict.render import STREAMED_FORMATS, filter_rows, render, rows_with_status, write_rows
        from tfi_rules.verdict.run import run_verdict

        if output not in (None, "-"):
            from tfi_rules.files import refuse_unsafe_output

            refuse_unsafe_output(output)  # before the work, not after it
        plan_paths, measurement_paths = _plans_and_measurements(plans, measurement_dirs)
        # JSON and CSV are written a row at a time from a spool on disk; the others need every row.
        streamed = fmt in STREAMED_FORMATS
        run = run_verdict(plan_paths, measurement_paths, as_of, keep_plans=False, spool=streamed)
        try:
            _standing_waived_errors(run, [*plan_paths, *measurement_paths], as_of, (*plans, *measurement_dirs))
            if streamed:
                rows_out = rows_with_status(run.all_rows(), list(statuses))
                if output is None or output == "-":
                    _write_stdout(lambda out: write_rows(rows_out, fmt, out, run.waived_errors))
                else:
                    _write_output(output, lambda out: write_rows(rows_out, fmt, out, run.waived_errors))
                    click.echo(t("Verdict written to {file}.", file=output))
            elif output is None or output == "-":
                _print(render(run, filter_rows(run.rows, list(statuses)), fmt), nl=False)
            else:
                _write_verdict(output, run, filter_rows(run.rows, list(statuses)), fmt)
        finally:
            run.close()
        for finding in run.invalid:
            click.echo(
                t(
                    "tfi: {location}: {message} (skipped; run `tfi check`)",
                    location=finding.location(),
                    message=finding.message,
                ),
                err=True,
            )
        if run.invalid:
            return EXIT_FINDINGS
        if fail_on == "not-met" and run.any_not_met():
            return EXIT_NOT_MET
        return EXIT_OK

    _run(debug, action)


def _standing_waived_errors(run: Any, paths: list[Path], as_of: date, named: tuple[str, ...]) -> None:
    """Waived is not gone: the verdict shows each plan's waived errors (`check.standing.waived_errors_by_plan`).
    Without a plan that has a waiver there are none, and the configuration is not read."""
    if not run.waiver_files:
        return
    from tfi_rules.check.standing import waived_errors_by_plan

    context = [*paths, *_context_paths(named)]
    run.waived_errors.update(waived_errors_by_plan(run.waiver_files, _load_config((), ()), as_of, context))


def _write_verdict(output: str, run: Any, rows: list[Any], fmt: str) -> None:
    """`tfi verdict --output FILE`: the verdict in FORMAT, written whole, never over anything but a regular file."""
    from tfi_rules.verdict.render import render

    if fmt == "xlsx":
        from tfi_rules.verdict.xlsx import render_xlsx

        content: str | bytes = render_xlsx(run, rows)
    else:
        content = render(run, rows, fmt)
    _write_output(output, content)
    click.echo(t("Verdict written to {file}.", file=output))


@main.command()
@click.argument("plans", nargs=-1, type=click.Path(path_type=str, readable=False))
@click.option(
    "--output",
    "-o",
    required=True,
    type=click.Path(allow_dash=True, path_type=str),
    metavar="FILE",
    help="Write the page to FILE (a regular file, replaced whole, never half-written); - for standard output.",
)
@click.option(
    "--as-of",
    callback=_parse_day,
    metavar="YYYY-MM-DD",
    help="Judge as of this day, shown on the page: later figures do not count yet (default: today).",
)
@click.option(
    "--measurements",
    "measurement_dirs",
    multiple=True,
    type=click.Path(path_type=str, readable=False),
    help="Where the measurements are (default: the repository's measurements/).",
)
@lang_option
@debug_option
def report(plans: tuple[str, ...], output: str, as_of: date, measurement_dirs: tuple[str, ...], debug: bool) -> None:
    """Write one self-contained HTML page: capacity, targets, verdicts and findings of every plan.

    Exits 1 when a file fails `tfi check` (the page is written and names it), 2 on a usage error.
    """

    def action() -> int:
        from tfi_rules.report.stream import build_report

        if output != "-":
            from tfi_rules.files import refuse_unsafe_output

            refuse_unsafe_output(output)  # before the work, not after it
        plan_paths, measurement_paths = _plans_and_measurements(plans, measurement_dirs)
        config, context_paths = _load_config((), ()), _context_paths((*plans, *measurement_dirs))
        built = build_report(plan_paths, measurement_paths, as_of, config, context_paths)
        page, failed = built.page, built.failed()
        try:
            if output == "-":
                _write_stdout(built.write)
            else:
                _write_output(output, built.write)
                _print(t("Report written to {file}.", file=output))
        finally:
            built.close()
        for failing in page.overview.failing:
            click.echo(
                t(
                    "{file} fails tfi check (errors: {count}); the report names it.",
                    file=failing.file,
                    count=failing.errors,
                ),
                err=True,
            )
        return EXIT_FINDINGS if failed else EXIT_OK

    _run(debug, action)


@main.command()
@click.argument("rule_id", required=False)
@debug_option
def rules(rule_id: str | None, debug: bool) -> None:
    """List every rule, or print one rule's documentation."""

    def action() -> int:
        from tfi_rules.check.docs import rule_table_text
        from tfi_rules.config import check_rule_ids
        from tfi_rules.rules import RULES

        if rule_id is None:
            _print(rule_table_text())
            return EXIT_OK
        check_rule_ids([rule_id], set(RULES), t("tfi rules"))
        rule = RULES[rule_id]
        _print(f"{rule.ID} ({rule.SEVERITY.value})\n")
        _print((rule.__doc__ or "").strip())
        return EXIT_OK

    _run(debug, action)


@main.command()
@click.argument("base")
@click.argument("head", required=False)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "markdown"]),
    default="text",
    show_default=True,
    help="markdown for a pull-request comment or a job summary.",
)
@lang_option
@debug_option
def diff(base: str, head: str | None, fmt: str, debug: bool) -> None:
    """What a change does to the plans, in their own terms.

    BASE and HEAD are two files, two folders, or two git revisions; with BASE
    alone, a git revision compared with the working tree's plans/ and
    measurements/ (`tfi diff main`). Exits 0 whether or not anything changed;
    a file that does not validate is named in one line (`tfi check` fails on it).
    """

    def action() -> int:
        from tfi_rules.diff.render import render
        from tfi_rules.diff.run import run_diff
        from tfi_rules.diff.sources import resolve_sides

        old, new = resolve_sides(base, head, Path.cwd())
        _print(render(run_diff(old, new), fmt), nl=False)
        return EXIT_OK

    _run(debug, action)


@main.command()
@click.argument("kind", required=False, type=click.Choice(["plan", "mandate", "measurements"]))
@click.option(
    "--output",
    type=click.Path(file_okay=False, path_type=Path),
    metavar="DIR",
    help="Write the schemas (or the one named) into DIR, made if missing; a file that differs is replaced.",
)
@lang_option
@debug_option
def schema(kind: str | None, output: Path | None, debug: bool) -> None:
    """Print the JSON Schema of one kind of file, or write them all with --output DIR.

    The schemas are those of the installed tfi (shipped in the package), so an
    editor checks the plans against the version that `tfi check` runs.
    """

    if output is None and kind is None:
        raise click.UsageError(t("name a kind (plan, mandate or measurements) or give --output DIR"))

    def action() -> int:
        from tfi_rules.load.discovery import PathError
        from tfi_rules.load.schemas import SchemaWriteError, installed, installed_texts, write_schemas

        if output is None:
            assert kind is not None
            click.echo(installed(kind), nl=False)
            return EXIT_OK
        try:
            written, kept = write_schemas(output, installed_texts([kind] if kind else None), replace=True)
        except SchemaWriteError as error:
            raise PathError(str(error)) from None
        for path in written:
            click.echo(t("wrote {path}", path=path))
        for path in kept:
            click.echo(t("unchanged {path}", path=path))
        return EXIT_OK

    _run(debug, action)


def _interactive() -> bool:
    """Whether a person can answer questions: standard input is a terminal (not CI, not a pipe)."""
    return sys.stdin.isatty()


def _ask(option: str, prompt: str, parse: Callable[[str], Any], given: str | None) -> Any:
    """An answer from its option, or asked for on a terminal; a wrong answer is asked again there."""
    from tfi_rules.init import InitError

    if given is not None:
        try:
            return parse(given)
        except InitError as error:
            raise click.BadParameter(str(error), param_hint=option) from None
    while True:
        try:
            return parse(click.prompt(prompt))
        except InitError as error:
            click.echo(str(error), err=True)


@main.command()
@click.argument("directory", default=".", type=click.Path(file_okay=False, path_type=Path))
@click.option("--capacity", metavar="ÅRSVÆRK", help="The mandate's capacity in årsværk, e.g. 4.")
@click.option("--start", metavar="YYYY-MM-DD", help="The first day of the mandate's capacity.")
@click.option("--decision", metavar="TEXT", help='The decision that sets the capacity, e.g. "BIU 201/2006".')
@click.option(
    "--action",
    metavar="OWNER/REPO@TAG",
    default=None,
    help="The tfi GitHub Action the workflow and pre-commit use (default: OWNER/tfi@v<this version>; replace OWNER).",
)
@lang_option
@debug_option
def init(
    directory: Path, capacity: str | None, start: str | None, decision: str | None, action: str | None, debug: bool
) -> None:
    """Make a plans repository in DIRECTORY (default: here) that `tfi check` passes at once.

    Writes plans/mandate.yaml, measurements/, the installed JSON Schemas, a
    GitHub workflow, a pre-commit configuration and a README. An existing file
    is never replaced: it is listed as skipped. The mandate's answers are asked
    for on a terminal when their options are missing.
    """
    from tfi_rules.init import (
        DEFAULT_ACTION,
        MANDATE_FILE,
        InitError,
        MandateAnswers,
        parse_action,
        parse_capacity,
        parse_decision,
        parse_start,
    )

    chosen_action = action or DEFAULT_ACTION
    try:
        parse_action(chosen_action)
    except InitError as error:
        raise click.BadParameter(str(error), param_hint="--action") from None
    answers = None
    if not (directory / MANDATE_FILE).exists():
        missing = [
            name
            for name, value in (("--capacity", capacity), ("--start", start), ("--decision", decision))
            if value is None
        ]
        if missing and not _interactive():
            raise click.UsageError(t("the mandate needs {options} (no terminal to ask on)", options=", ".join(missing)))
        answers = MandateAnswers(
            capacity=_ask("--capacity", t("Capacity in årsværk (e.g. 4)"), parse_capacity, capacity),
            start=_ask("--start", t("First day of the capacity (YYYY-MM-DD)"), parse_start, start),
            decision=_ask("--decision", t("Decision (e.g. BIU 201/2006)"), parse_decision, decision),
        )

    def run() -> int:
        from tfi_rules.init import init_repository
        from tfi_rules.load.discovery import PathError

        try:
            outcome = init_repository(directory, answers, chosen_action)
        except InitError as error:
            raise PathError(str(error)) from None
        for path in outcome.written:
            click.echo(t("wrote {path}", path=path))
        for path in outcome.skipped:
            click.echo(t("skipped {path} (it exists)", path=path))
        click.echo(t("Next: `tfi check` in {folder}, then `tfi new plan ID` for the first plan.", folder=directory))
        return EXIT_OK

    _run(debug, run)


@main.group()
def new() -> None:
    """Start a file from what exists: `tfi new plan ID`."""


@new.command("plan")
@click.argument("plan_id", metavar="ID")
@click.option(
    "--from",
    "previous",
    type=click.Path(dir_okay=False, path_type=Path),
    metavar="FILE",
    help="Last year's plan to start from (default: a minimal plan from the mandate).",
)
@click.option(
    "--period",
    "year",
    type=click.IntRange(1900, 2999),
    metavar="YEAR",
    help="The new plan's year (default: a year after --from's; without --from, ID when it is a year).",
)
@click.option(
    "--mandate", "mandate_id", metavar="ID", help="Without --from: the mandate to spend, when plans/ has several."
)
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, path_type=Path),
    metavar="FILE",
    help="Where to write it (default: plans/ID.yaml beside --from, or in the repository's plans/).",
)
@click.option("--force", is_flag=True, help="Replace an existing file.")
@lang_option
@debug_option
def new_plan(
    plan_id: str,
    previous: Path | None,
    year: int | None,
    mandate_id: str | None,
    output: Path | None,
    force: bool,
    debug: bool,
) -> None:
    """Write next year's plan from last year's (--from), or a minimal plan from the mandate.

    Areas, årsværk, activities, criteria, targets and ids are kept; the period and
    due dates move on by whole years; source: is emptied and waivers are left out
    (listed). A comment marks each place to fill in. Exits 1 when --from does not
    pass `tfi check`'s schema, 2 on a usage error (an existing file without --force).
    """

    def action() -> int:
        from tfi_rules.load.discovery import PathError
        from tfi_rules.new import NewPlanError
        from tfi_rules.new.run import InvalidPrevious, Request, write_new_plan

        request = Request(plan_id, previous, year, mandate_id, output, force)
        try:
            target, made = write_new_plan(request, Path.cwd())
        except NewPlanError as error:
            raise PathError(str(error)) from None
        except InvalidPrevious as invalid:
            for finding in invalid.findings:
                click.echo(f"{finding.location()}: {finding.message}", err=True)
            click.echo(t("{file} is not a valid plan; run `tfi check {file}`", file=previous), err=True)
            return EXIT_FINDINGS
        click.echo(t("wrote {path}", path=target))
        for line in made.waivers_left_out:
            click.echo(t("not carried over: waiver {waiver}", waiver=line))
        click.echo(t("Next: fill in the places marked in {path}, then `tfi check`.", path=target))
        return EXIT_OK

    _run(debug, action)


@main.group()
def measurements() -> None:
    """Recorded results: bring them in from spreadsheets."""


@measurements.command("import")
@click.argument("spreadsheet", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--output",
    "-o",
    required=True,
    type=click.Path(path_type=Path),
    metavar="FILE",
    help="The measurements file to write, e.g. measurements/resultater-2009.yaml (its name is its id).",
)
@click.option("--force", is_flag=True, help="Replace FILE if it exists.")
@click.option(
    "--sheet",
    "sheets",
    multiple=True,
    metavar="NAME",
    help="Read only this sheet of a workbook (repeatable; default: every sheet that is not empty).",
)
@lang_option
@debug_option
def import_measurements(spreadsheet: Path, output: Path, force: bool, sheets: tuple[str, ...], debug: bool) -> None:
    """Make a measurements file from a spreadsheet (.xlsx or .csv), one row per figure.

    The headings may be Danish or English (README: "Results from spreadsheets"). Exits 1 and
    writes nothing when any row is bad (each named by its cell, e.g. Resultater!C7), 2 on a
    usage error (FILE exists without --force, an unknown kind of file).
    """

    def action() -> int:
        from tfi_rules.load.discovery import PathError
        from tfi_rules.sheets.build import import_measurements as make
        from tfi_rules.sheets.measurements_file import check_output, write_measurements
        from tfi_rules.sheets.tables import TableError

        if spreadsheet.suffix.lower() not in (".xlsx", ".xlsm", ".csv"):
            raise PathError(t("{file}: expected an .xlsx or a .csv file", file=spreadsheet))
        check_output(output, force=force)  # before reading: the answer does not depend on the rows
        try:
            imported = make(spreadsheet, output, sheets)
        except TableError as error:
            click.echo(t("tfi: {file}: {error}", file=spreadsheet, error=error), err=True)
            return EXIT_FINDINGS
        if imported.text is None:
            for problem in imported.problems:
                click.echo(f"{spreadsheet.name}: {problem.line()}", err=True)
            click.echo(
                t(
                    "{count} problem(s) in {file}; nothing written.",
                    count=len(imported.problems),
                    file=spreadsheet.name,
                ),
                err=True,
            )
            return EXIT_FINDINGS
        write_measurements(output, imported.text, force=force)
        click.echo(t("{count} measurement(s) written to {output}.", count=imported.rows, output=output))
        return EXIT_OK

    _run(debug, action)


if __name__ == "__main__":
    main()
