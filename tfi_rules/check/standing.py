"""Standing findings: those already present at an earlier git revision (`tfi check --new-since REV`),
and the errors a waiver lets stand in a plan, which `tfi verdict` shows (`waived_errors_by_plan`).

A pull request that changes one number should fail only on what the change did. The files
being checked are read as they were at REV (from git's objects, into a temporary folder),
checked with the same rules and configuration, and a finding counts as standing when REV
has one with the same file, rule and JSON pointer (and the same waived or not). Lines are not compared: they move when a
line is added above. Matching counts: two equal findings at REV cover two now, not three.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import date
from pathlib import Path, PurePosixPath

from .. import git
from ..config import Config
from ..findings import Finding
from ..git import GitError
from ..i18n import t
from ..load.discovery import PathError
from .pipeline import check_paths
from .result import CheckResult
from .waivers import standing_waived_errors

# The file (relative to the repository's top), the rule, the JSON pointer, and whether it is waived:
# a pull request that deletes a waiver brings its finding back as new, not as standing.
Key = tuple[str, str, str, bool]


class RevisionError(PathError):
    """REV is not a revision of the repository, or git is missing: a usage error (exit 2)."""


def _revision_error(error: GitError) -> RevisionError:
    if error.missing:
        return RevisionError(t("git is not installed, so --new-since cannot read an earlier revision"))
    return RevisionError(
        t("git {command} failed: {complaint}", command=error.command, complaint=error.complaint or error.returncode)
    )


def repository_top(cwd: Path, revision: str) -> Path:
    """The top folder of the git repository around `cwd`, once `revision` is known to be a commit of it."""
    try:
        top = git.top_folder(cwd)
    except GitError as error:
        if error.missing:
            raise _revision_error(error) from None
        raise RevisionError(
            t("--new-since {revision}: {folder} is not in a git repository", revision=revision, folder=cwd)
        ) from None
    try:
        known = git.is_commit(top, revision)
    except GitError as error:
        raise _revision_error(error) from None
    if not known:
        raise RevisionError(
            t(
                "--new-since {revision}: not a known git revision (in a shallow clone, fetch it "
                "first; in GitHub Actions check out with fetch-depth: 0)",
                revision=revision,
            )
        )
    return top


def write_revision(top: Path, revision: str, paths: list[Path], destination: Path) -> None:
    """Write the YAML files under `paths` as they were at `revision` to the same places under `destination`."""
    inside = [_relative(path, top) for path in paths]
    pathspecs = [spec for spec in inside if spec is not None]
    if not pathspecs:
        return
    try:
        files = git.blobs(top, revision, pathspecs)
        contents = git.read_blobs(top, [blob.object_id for blob in files])
    except GitError as error:
        raise _revision_error(error) from None
    for blob, content in zip(files, contents, strict=True):
        target = destination / PurePosixPath(blob.path)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)


def _relative(path: Path, top: Path) -> str | None:
    """`path` as a pathspec from the repository's top; None when it lies outside the repository."""
    try:
        relative = path.resolve().relative_to(top).as_posix()
    except ValueError:
        return None
    return "." if relative == "." else relative


def moved(paths: list[Path], top: Path, destination: Path) -> list[Path]:
    """The same paths under `destination`, those that exist there (a file new since REV has no past)."""
    found = []
    for path in paths:
        relative = _relative(path, top)
        if relative is not None and (destination / relative).exists():
            found.append(destination / relative)
    return found


def _key(finding: Finding, root: Path) -> Key:
    path = Path(finding.file)
    try:
        name = path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        name = path.as_posix()
    return name, finding.rule, finding.pointer, finding.waived


def without_standing(
    now: CheckResult, now_root: Path, before: CheckResult, before_root: Path, revision: str
) -> CheckResult:
    """`now` without the findings `before` already had (by file, rule and JSON pointer), and how many they were."""
    earlier = Counter(_key(finding, before_root) for finding in before.findings)
    kept: list[Finding] = []
    standing = 0
    for finding in now.sorted_findings():
        key = _key(finding, now_root)
        if earlier[key] > 0:
            earlier[key] -= 1
            standing += 1
        else:
            kept.append(finding)
    return replace(now, findings=kept, standing=standing, standing_since=revision)


def check_new_since(
    revision: str,
    cwd: Path,
    paths: list[Path],
    context_paths: list[Path],
    scratch: Path,
    check: Callable[[list[Path], list[Path]], CheckResult],
    now: CheckResult,
) -> CheckResult:
    """`now` less what `check` finds in the same paths at `revision` (written under `scratch`)."""
    top = repository_top(cwd, revision)
    write_revision(top, revision, [*paths, *context_paths], scratch)
    before_paths = moved(paths, top, scratch)
    before = check(before_paths, moved(context_paths, top, scratch)) if before_paths else CheckResult()
    return without_standing(now, top, before, scratch, revision)


def waived_errors_by_plan(
    plan_files: Mapping[str, str], config: Config, today: date, context_paths: list[Path]
) -> dict[str, list[Finding]]:
    """Each plan's errors that a waiver covers, by the plan's id: waived is not gone (issue 14), and
    `tfi verdict` shows them (the verdict wing may not import tfi check, so the entrance asks here).

    `plan_files` are the plans that have a waiver (id → file; the others cannot have a waived error),
    checked as of `today` (a waiver expired by then covers nothing), with the files under
    `context_paths` read for context (the mandate, the ids).
    """
    if not plan_files:
        return {}
    plan_of = {file: plan_id for plan_id, file in plan_files.items()}
    result = check_paths([Path(file) for file in plan_of], config, today=today, context_paths=context_paths)
    return {
        plan_of[file]: findings
        for file, findings in standing_waived_errors(result.sorted_findings()).items()
        if file in plan_of
    }
