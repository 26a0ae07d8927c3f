"""Shared test helpers: write small repositories of YAML files and check them."""

from __future__ import annotations

import os
import subprocess
import textwrap
from datetime import date
from decimal import Decimal
from pathlib import Path
from types import ModuleType
from typing import Any

import yaml

from tfi_rules.check.pipeline import check_paths
from tfi_rules.check.result import CheckResult
from tfi_rules.config import Config
from tfi_rules.findings import Finding

MANDATE = """\
kind: mandate
id: biu-201-2006
title: Task force
source: {decision: BIU 201/2006, date: 2006-11-17}
capacity:
  - start: 2007-02-01
    årsværk: 4
    decision: BIU 201/2006
    text: ressourcer svarende til 4 årsværk
"""

PLAN = """\
kind: plan
id: p
title: Arbejdsplan
document_kind: arbejdsplan
mandate: biu-201-2006
source: {case_no: "2007-1", date: 2007-06-25}
period: {start: 2007-07-01, end: 2007-12-31}
areas:
  - id: boligomraader
    title: Udsatte boligområder
    årsværk: 1.5
    criteria:
      - id: initiativer
        text: mindst 5 initiativer
        target: {kind: at_least, value: 5, unit: count, counted: initiativer}
        measured_by: count
  - id: forvaltninger
    title: Facilitering
    årsværk: 1
    criteria:
      - id: tilfredshed
        text: 75 pct. tilfredse
        target: {kind: at_least, value: 75, unit: percent, inferred: true}
        measured_by: survey
  - id: best-practice
    title: Best practice
    årsværk: 1.5
    criteria:
      - id: projektbesoeg
        text: mindst 25 projektbesøg
        target: {kind: at_least, value: 25, unit: count}
        measured_by: count
"""
"""A valid, balanced plan (1.5 + 1 + 1.5 = 4) for rules to start from."""


def write_repo(root: Path, files: dict[str, str]) -> Path:
    """Write `files` ({relative path: YAML text}) under `root`; text is dedented."""
    for relative, text in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    return root


def check_files(
    root: Path, files: dict[str, str], config: Config | None = None, today: date | None = None
) -> CheckResult:
    """Write a repository and check all of it (`plans/` and `measurements/` if present)."""
    write_repo(root, files)
    paths = [root / folder for folder in ("plans", "measurements") if (root / folder).is_dir()]
    return check_paths(paths, config, today=today or date(2026, 11, 23))


def by_rule(result: CheckResult, rule: str) -> list[Finding]:
    return [finding for finding in result.findings if finding.rule == rule]


def rule_lines(result: CheckResult, rule: str) -> list[tuple[str, int]]:
    """(file name, line) of each finding of one rule, sorted."""
    return sorted((Path(f.file).name, f.line) for f in by_rule(result, rule))


def run_cli(args: list[str], cwd: Path) -> tuple[int, str, str]:
    """`tfi ARGS` run in `cwd` through click's test runner: exit code, stdout, stderr."""
    from click.testing import CliRunner

    import cli

    old = Path.cwd()
    os.chdir(cwd)
    try:
        result = CliRunner().invoke(cli.main, args)
    finally:
        os.chdir(old)
    return result.exit_code, result.stdout, result.stderr


class PlanDumper(yaml.SafeDumper):
    """Decimals as plain YAML numbers, written from their digits (never through a float); no aliases."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


# PyYAML quotes text by YAML 1.1 rules and would leave `0E0` plain, which YAML 1.2 reads as a number.
PlanDumper.add_representer(
    str, lambda dumper, value: dumper.represent_scalar("tag:yaml.org,2002:str", value, style='"')
)
PlanDumper.add_representer(
    Decimal, lambda dumper, value: dumper.represent_scalar("tag:yaml.org,2002:float", str(value))
)


def dump_yaml(data: Any) -> str:
    """Plain data as YAML that `tfi` reads back as the same data."""
    return yaml.dump(data, Dumper=PlanDumper, allow_unicode=True, sort_keys=False)


NOBODY = 65534  # the uid and gid of `nobody` and `nogroup` on Debian, Ubuntu and Alpine; setuid needs no entry


def run_cli_as_normal_user(args: list[str], cwd: Path, unreadable: Path) -> tuple[int, str, str]:
    """`tfi ARGS` in `cwd` with no more rights than a normal user: exit code, stdout, stderr.

    CI runs as root, and root reads anything: a permission test skipped as root proves nothing
    there. So as root the command runs as `nobody`, in a forked child that drops root's rights
    (no `setpriv` or `su` needed, and the child has tfi imported already, so the source tree
    need not be readable for nobody); as a normal user it runs directly. Either way the user
    must be unable to read `unreadable`, or the test would prove nothing: that is asserted.
    `cwd` and its parents must be open to other users (the `shared_tmp` fixture).
    """
    if os.geteuid() != 0:
        assert not os.access(unreadable, os.R_OK), f"{unreadable} is readable: the test proves nothing"
        return run_cli(args, cwd)
    run_cli(args, cwd)  # as root first: imports what the command needs while the source can be read
    import json

    reader, writer = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never return into pytest
        try:
            os.close(reader)
            os.setgroups([])
            os.setgid(NOBODY)
            os.setuid(NOBODY)
            if os.access(unreadable, os.R_OK):
                raise AssertionError(f"{unreadable} is readable for nobody: the test proves nothing")
            answer = list(run_cli(args, cwd))
        except BaseException as error:  # noqa: BLE001 - told to the parent, which fails the test
            answer = [-1, "", f"the child failed: {type(error).__name__}: {error}"]
        finally:
            with os.fdopen(writer, "w", encoding="utf-8") as stream:
                stream.write(json.dumps(answer))
            os._exit(0)
    os.close(writer)
    with os.fdopen(reader, encoding="utf-8") as stream:
        code, out, err = json.loads(stream.read())
    os.waitpid(pid, 0)
    return code, out, err


def git(repository: Path, *arguments: str) -> None:
    """`git ARGUMENTS` in `repository`, as a test's author (no signing, no user configuration needed)."""
    subprocess.run(
        ["git", "-c", "user.name=Test", "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false", *arguments],
        cwd=repository,
        check=True,
        capture_output=True,
    )


def bench_module(name: str) -> ModuleType:
    """A module of bench/ (not a package: `python bench/run.py` puts the folder on sys.path), loaded by its path."""
    import importlib.util
    import sys

    bench = Path(__file__).resolve().parents[1] / "bench"
    if str(bench) not in sys.path:
        sys.path.insert(0, str(bench))  # bench/memory.py and run.py import corpus as their neighbour
    spec = importlib.util.spec_from_file_location(f"bench_{name}", bench / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


Place = tuple[str | int, ...]


def places(node: Any, prefix: Place = ()) -> list[Place]:
    """Every key and list item of a file's data, as paths from the top."""
    found = [prefix] if prefix else []
    if isinstance(node, dict):
        for key, value in node.items():
            found += places(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += places(value, (*prefix, index))
    return found
