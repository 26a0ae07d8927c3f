"""`tfi`: check TaskForce Integration plans, and judge their targets against what was measured.

This module is deliberately thin: it parses options, calls the library in
`tfi_rules`, and turns the outcome into an exit code. Heavy modules (pydantic,
jsonschema, tabulate) are imported inside the commands that need them, so
`tfi --version` and `tfi --help` start fast.

Exit codes (one contract for every command):
  0  clean
  1  a file is invalid, unbalanced or breaks a rule (at or above --fail-on)
  2  usage error: unknown option, a path that does not exist, bad configuration
  3  targets not met (only `tfi verdict --fail-on not-met`)
  4  internal error in tfi itself (please report it; `--debug` shows the detail)
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from tfi_rules import __version__
from tfi_rules.i18n import t

if TYPE_CHECKING:  # imported inside the commands that use it, so that `tfi --version` starts fast
    from tfi_rules.config import Config

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2
EXIT_NOT_MET = 3
EXIT_INTERNAL = 4


def _run(debug: bool, action: Callable[[], int]) -> None:
    """Run a command body; map expected failures to exit codes and anything else to 4."""
    from tfi_rules.config import ConfigError
    from tfi_rules.load.discovery import PathError

    try:
        code = action()
    except (PathError, ConfigError) as error:
        click.echo(t("tfi: error: {error}", error=error), err=True)
        code = EXIT_USAGE
    except BrokenPipeError:
        _silence_stdout()
        code = EXIT_OK
    except KeyboardInterrupt:
        code = 130
    except Exception as error:  # a bug in tfi: one line, the detail only on request
        if debug:
            import traceback

            traceback.print_exc()
        click.echo(
            t("tfi: internal error ({kind}: {error}). This is a bug in tfi; "
              "please report it with the command you ran (add --debug for the detail).",
              kind=type(error).__name__, error=error),
            err=True,
        )
        code = EXIT_INTERNAL
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        _silence_stdout()
    sys.exit(code)


def _silence_stdout() -> None:
    # Output to a closed pipe (`tfi check | head -1`): stop writing, quietly.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="tfi")
def main() -> None:
    """Plans as code for Copenhagen's TaskForce Integration.

    Exit codes: 0 clean, 1 findings, 2 usage error, 3 targets not met
    (verdict --fail-on not-met), 4 internal error.
    """


def _load_config(select: tuple[str, ...], ignore: tuple[str, ...]) -> Config:
    from tfi_rules.config import check_rule_ids, find_config, load_config
    from tfi_rules.rules import RULES

    known = set(RULES)
    config = load_config(find_config(Path.cwd()), known)
    check_rule_ids([*select, *ignore], known, t("command line"))
    return config.with_options(list(select), list(ignore))


def _paths(paths: tuple[str, ...]) -> list[Path]:
    from tfi_rules.load.discovery import default_paths

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
        start = path if path.is_dir() else path.parent
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


def lang_option(command: Callable[..., Any]) -> Callable[..., Any]:
    """`--lang da|en` for a command that speaks to people; the locale decides when it is left out."""
    return click.option(
        "--lang", type=click.Choice(["da", "en"]), default=None, callback=_set_language, is_eager=True,
        expose_value=False,
        help="Language of messages and headings (default: from TFI_LANG or the locale, e.g. LANG=da_DK.UTF-8; "
             "else English).",
    )(command)


def _check_formats() -> list[str]:
    from tfi_rules.output import REPORTER_NAMES

    return ["auto", *REPORTER_NAMES]


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=str))
@click.option("--fail-on", type=click.Choice(["error", "warning", "info"]), default="error", show_default=True,
              help="The least severe finding that fails the check.")
@click.option("--format", "fmt", type=click.Choice(_check_formats()), default="auto", show_default=True,
              help="Output format; auto is github inside GitHub Actions (GITHUB_ACTIONS=true), text otherwise.")
@click.option("--output", type=click.Path(dir_okay=False, path_type=Path), metavar="FILE",
              help="Write the report to FILE (replaced whole) and print only the summary line.")
@click.option("--select", multiple=True, metavar="RULE", help="Run only these rules (repeatable).")
@click.option("--ignore", multiple=True, metavar="RULE", help="Skip these rules (repeatable).")
@click.option("--no-hints", is_flag=True, help="Leave out the 'hint:' lines.")
@click.option("--new-since", metavar="REV",
              help="Report only findings not already present at git revision REV (matched by file, rule and "
                   "JSON pointer, not by line); the standing ones are counted in the summary line.")
@click.option("--jobs", "-j", type=click.IntRange(min=0), default=0, metavar="N",
              help="Worker processes that parse files (0, the default: one per core; 1: none). "
                   "Used from 48 files on; the findings are the same.")
@lang_option
@click.option("--debug", is_flag=True, help="Show the detail of an internal error.")
def check(paths: tuple[str, ...], fail_on: str, fmt: str, output: Path | None, select: tuple[str, ...],
          ignore: tuple[str, ...], no_hints: bool, jobs: int, debug: bool, new_since: str | None = None) -> None:
    """Check plans, mandates and measurements (default: the repository's plans/ and measurements/)."""

    def action() -> int:
        from tfi_rules.check.pipeline import check_paths
        from tfi_rules.files import write_atomically
        from tfi_rules.findings import Severity
        from tfi_rules.load.discovery import PathError
        from tfi_rules.output import choose_format, reporter
        from tfi_rules.output.text import summary_line

        config = _load_config(select, ignore)
        from tfi_rules.check.pipeline import default_jobs

        result = check_paths(_paths(paths), config, context_paths=_context_paths(paths),
                             jobs=jobs or default_jobs())
        if new_since is not None:
            result = _without_standing(result, new_since, paths, config, jobs or default_jobs())
        report = reporter(choose_format(fmt, os.environ), hints=not no_hints, fail_on=Severity(fail_on)).render(result)
        if output is None:
            click.echo(report, nl=False)
        else:
            try:
                write_atomically(output, report)
            except OSError as error:
                raise PathError(t("{output}: cannot write the report ({reason})", output=output,
                                  reason=error.strerror or error)) from None
            click.echo(summary_line(result))
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
        return check_new_since(revision, Path.cwd(), _paths(paths), _context_paths(paths), Path(scratch),
                               check_then, result)


def _parse_day(_ctx: Any, _param: Any, value: str | None) -> date:
    if value is None:
        return date.today()
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(t("{value} is not a date; write year-month-day, e.g. 2009-06-30",
                                   value=repr(value))) from None


def _plans_and_measurements(plans: tuple[str, ...], measurement_dirs: tuple[str, ...]) -> tuple[list[Path], list[Path]]:
    """The plans and the measurements a verdict or a report reads: as named, or the repository's."""
    from tfi_rules.load.discovery import PathError, default_paths

    defaults = default_paths(Path.cwd()) if not plans or not measurement_dirs else []
    plan_paths = [Path(p) for p in plans] or [p for p in defaults if p.name != "measurements"]
    measurement_paths = [Path(p) for p in measurement_dirs] or [p for p in defaults if p.name == "measurements"]
    for path in [*plan_paths, *measurement_paths]:
        if not path.exists():
            raise PathError(t("{path}: no such file or folder", path=path))
    return plan_paths, measurement_paths


@main.command()
@click.argument("plans", nargs=-1, type=click.Path(path_type=str))
@click.option("--as-of", callback=_parse_day, metavar="YYYY-MM-DD",
              help="Judge as of this day: later figures do not count yet (default: today).")
@click.option("--format", "fmt", type=click.Choice(["text", "markdown", "json", "csv"]), default="text",
              show_default=True)
@click.option("--status", "statuses", multiple=True,
              type=click.Choice(["met", "not met", "pending", "no data", "not comparable", "qualitative", "waived"]),
              help="Show only rows with this verdict (repeatable).")
@click.option("--fail-on", type=click.Choice(["not-met"]), default=None,
              help="Exit 3 when any target is not met (for CI).")
@click.option("--measurements", "measurement_dirs", multiple=True, type=click.Path(path_type=str),
              help="Where the measurements are (default: the repository's measurements/).")
@lang_option
@click.option("--debug", is_flag=True, help="Show the detail of an internal error.")
def verdict(plans: tuple[str, ...], as_of: date, fmt: str, statuses: tuple[str, ...], fail_on: str | None,
            measurement_dirs: tuple[str, ...], debug: bool) -> None:
    """Judge every success criterion: target, what was measured, and the verdict."""

    def action() -> int:
        from tfi_rules.verdict.judge import Status
        from tfi_rules.verdict.render import filter_rows, render
        from tfi_rules.verdict.run import run_verdict

        plan_paths, measurement_paths = _plans_and_measurements(plans, measurement_dirs)
        run = run_verdict(plan_paths, measurement_paths, as_of, keep_plans=False)
        rows = filter_rows(run.rows, list(statuses))
        click.echo(render(run, rows, fmt), nl=False)
        for finding in run.invalid:
            click.echo(t("tfi: {location}: {message} (skipped; run `tfi check`)", location=finding.location(),
                         message=finding.message), err=True)
        if run.invalid:
            return EXIT_FINDINGS
        if fail_on == "not-met" and any(row.status is Status.NOT_MET for row in run.rows):
            return EXIT_NOT_MET
        return EXIT_OK

    _run(debug, action)


@main.command()
@click.argument("plans", nargs=-1, type=click.Path(path_type=str))
@click.option("--output", "-o", required=True, type=click.Path(dir_okay=False, allow_dash=True, path_type=str),
              metavar="FILE", help="Write the page to FILE (replaced whole, never half-written); - for standard output.")
@click.option("--as-of", callback=_parse_day, metavar="YYYY-MM-DD",
              help="Judge as of this day, shown on the page: later figures do not count yet (default: today).")
@click.option("--measurements", "measurement_dirs", multiple=True, type=click.Path(path_type=str),
              help="Where the measurements are (default: the repository's measurements/).")
@lang_option
@click.option("--debug", is_flag=True, help="Show the detail of an internal error.")
def report(plans: tuple[str, ...], output: str, as_of: date, measurement_dirs: tuple[str, ...], debug: bool) -> None:
    """Write one self-contained HTML page: capacity, targets, verdicts and findings of every plan.

    Exits 1 when a file fails `tfi check` (the page is written and names it), 2 on a usage error.
    """

    def action() -> int:
        from tfi_rules.files import write_atomically
        from tfi_rules.load.discovery import PathError
        from tfi_rules.report import build_page, render

        plan_paths, measurement_paths = _plans_and_measurements(plans, measurement_dirs)
        page, failed = build_page(plan_paths, measurement_paths, as_of, _load_config((), ()),
                                  context_paths=_context_paths((*plans, *measurement_dirs)))
        html = render(page)
        if output == "-":
            click.echo(html, nl=False)
        else:
            try:
                write_atomically(Path(output), html)
            except OSError as error:
                raise PathError(t("{output}: cannot write the report ({reason})", output=output,
                                  reason=error.strerror or error)) from None
            click.echo(t("Report written to {file}.", file=output))
        for failing in page.overview.failing:
            click.echo(t("{file} fails tfi check (errors: {count}); the report names it.", file=failing.file,
                         count=failing.errors), err=True)
        return EXIT_FINDINGS if failed else EXIT_OK

    _run(debug, action)


@main.command()
@click.argument("rule_id", required=False)
@click.option("--debug", is_flag=True, help="Show the detail of an internal error.")
def rules(rule_id: str | None, debug: bool) -> None:
    """List every rule, or print one rule's documentation."""

    def action() -> int:
        from tfi_rules.check.docs import rule_table_text
        from tfi_rules.config import check_rule_ids
        from tfi_rules.rules import RULES

        if rule_id is None:
            click.echo(rule_table_text())
            return EXIT_OK
        check_rule_ids([rule_id], set(RULES), t("tfi rules"))
        rule = RULES[rule_id]
        click.echo(f"{rule.ID} ({rule.SEVERITY.value})\n")
        click.echo((rule.__doc__ or "").strip())
        return EXIT_OK

    _run(debug, action)


@main.command()
@click.argument("base")
@click.argument("head", required=False)
@click.option("--format", "fmt", type=click.Choice(["text", "markdown"]), default="text", show_default=True,
              help="markdown for a pull-request comment or a job summary.")
@click.option("--debug", is_flag=True, help="Show the detail of an internal error.")
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
        click.echo(render(run_diff(old, new), fmt), nl=False)
        return EXIT_OK

    _run(debug, action)


if __name__ == "__main__":
    main()
