"""Clean edges (issue 12, item 6): an empty path, upper-case suffixes, a full standard output, links out
of the repository, folders that cannot be read, and Ctrl-C or SIGTERM during a parallel check.

The permission tests run as root and as a normal user alike: as root the command is run
as `nobody` (helpers.run_cli_as_normal_user), because root reads anything.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from helpers import MANDATE, PLAN, run_cli, run_cli_as_normal_user, write_repo

import cli

REPO = Path(__file__).resolve().parents[2]
CLI = [sys.executable, str(REPO / "cli.py")]


def _repo(root: Path) -> Path:
    return write_repo(root, {"plans/mandate.yaml": MANDATE, "plans/p.yaml": PLAN})


# --- an empty path -----------------------------------------------------------------------

EMPTY_PATH = (
    "tfi: error: an empty path was given; name a file or folder, or give none for the "
    "repository's plans/ and measurements/\n"
)


@pytest.mark.parametrize(
    "args",
    [
        ["check", ""],
        ["check", "plans", ""],
        ["verdict", ""],
        ["verdict", "--measurements", ""],
        ["report", "", "-o", "r.html"],
        ["report", "--measurements", "", "-o", "r.html"],
    ],
)
def test_an_empty_path_is_a_usage_error_not_the_current_folder(tmp_path: Path, args: list[str]) -> None:
    code, out, err = run_cli(args, _repo(tmp_path))
    assert (code, out, err) == (cli.EXIT_USAGE, "", EMPTY_PATH)
    assert not (tmp_path / "r.html").exists()


# --- upper-case suffixes -----------------------------------------------------------------


def test_a_plan_named_in_upper_case_is_checked_not_skipped(tmp_path: Path) -> None:
    repo = _repo(tmp_path)
    (repo / "plans" / "p.yaml").rename(repo / "plans" / "P.YAML")
    (repo / "plans" / "q.Yml").write_text(
        PLAN.replace("id: p\n", "id: q\n").replace("årsværk: 1\n", "årsværk: 2\n"), encoding="utf-8"
    )
    code, out, _ = run_cli(["check", "plans"], repo)
    assert code == cli.EXIT_FINDINGS  # q is unbalanced: found only because q.Yml was read
    assert "3 files checked" in out
    assert "plans/q.Yml:" in out and "[capacity-balance]" in out
    assert "plans/P.YAML:" in out and "[plan-id-filename]" in out  # id p, file P: a warning, as for p.yml


# --- a full standard output --------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [["check"], ["verdict"], ["report", "-o", "-"], ["rules"], ["--version"], ["check", "--help"]],
    ids=["check", "verdict", "report", "rules", "version", "help"],
)
def test_a_full_standard_output_is_said_in_a_sentence(tmp_path: Path, args: list[str]) -> None:
    repo = _repo(tmp_path)
    with open("/dev/full", "w", encoding="utf-8") as full:
        done = subprocess.run(
            [*CLI, *args], cwd=repo, stdout=full, stderr=subprocess.PIPE, text=True, timeout=30, check=False
        )
    assert (done.returncode, done.stderr) == (
        cli.EXIT_USAGE,
        "tfi: error: could not write the output: no space left on device\n",
    )


def test_a_full_standard_output_in_danish(tmp_path: Path) -> None:
    with open("/dev/full", "w", encoding="utf-8") as full:
        done = subprocess.run(
            [*CLI, "check", "--lang", "da"],
            cwd=_repo(tmp_path),
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            timeout=30,
            check=False,
        )
    assert (done.returncode, done.stderr) == (
        cli.EXIT_USAGE,
        "tfi: fejl: kunne ikke skrive uddata: der er ikke mere plads på enheden\n",
    )


# --- links out of the repository ---------------------------------------------------------

SECRET = "kind: plan\nid: [this line is SECRET-1234\n"  # a syntax error would quote it


def _outside(tmp_path: Path) -> Path:
    """A repository, and a folder next to it with a file that is not the repository's."""
    repo = _repo(tmp_path / "repo")
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "secret.yaml").write_text(SECRET, encoding="utf-8")
    return repo


def test_a_link_out_of_the_repository_is_refused_by_name_and_not_read(tmp_path: Path) -> None:
    repo = _outside(tmp_path)
    (repo / "plans" / "x.yaml").symlink_to(tmp_path / "elsewhere" / "secret.yaml")
    (repo / "plans" / "more").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    for args in (["check"], ["check", "plans"], ["check", "plans/x.yaml"]):
        code, out, err = run_cli(args, repo)
        assert code == cli.EXIT_FINDINGS, out + err
        assert "SECRET-1234" not in out + err
        target = tmp_path / "elsewhere" / "secret.yaml"
        assert (
            f"plans/x.yaml: error [link-outside-repository] 'plans/x.yaml' is a symbolic link to {target}, "
            "outside the repository; it is not followed or read\n"
            f"    hint: copy the file into the repository, or give {target} itself on the command line"
        ) in out
    code, out, _ = run_cli(["check"], repo)
    assert (
        f"plans/more: error [link-outside-repository] 'plans/more' is a symbolic link to {tmp_path / 'elsewhere'}"
        in out
    )
    code, out, err = run_cli(["verdict"], repo)
    assert code == cli.EXIT_FINDINGS and "SECRET-1234" not in out + err
    assert "tfi: plans/x.yaml: 'plans/x.yaml' is a symbolic link to" in err


def test_a_link_inside_the_repository_is_followed(tmp_path: Path) -> None:
    repo = _repo(tmp_path)
    (repo / "shared").mkdir()
    (repo / "plans" / "p.yaml").rename(repo / "shared" / "p.yaml")
    (repo / "plans" / "p.yaml").symlink_to(Path("..") / "shared" / "p.yaml")
    code, out, _ = run_cli(["check"], repo)
    assert code == cli.EXIT_OK, out
    assert "2 files checked" in out


def test_a_plans_folder_that_is_itself_a_link_is_walked(tmp_path: Path) -> None:
    # A repository may keep plans/ elsewhere (a link to a shared folder): its files are inside the folder given.
    _repo(tmp_path / "real")
    (tmp_path / "repo").mkdir()
    (tmp_path / "repo" / "plans").symlink_to(tmp_path / "real" / "plans", target_is_directory=True)
    code, out, _ = run_cli(["check"], tmp_path / "repo")
    assert code == cli.EXIT_OK, out
    assert "2 files checked" in out


def test_tfi_diff_names_a_link_out_of_the_repository_and_does_not_read_it(tmp_path: Path) -> None:
    repo = _outside(tmp_path)
    (tmp_path / "old").mkdir()
    (tmp_path / "old" / "plans").mkdir()
    (repo / "plans" / "x.yaml").symlink_to(tmp_path / "elsewhere" / "secret.yaml")
    code, out, err = run_cli(["diff", str(tmp_path / "old"), str(repo)], tmp_path)
    assert code == cli.EXIT_OK
    assert "SECRET-1234" not in out + err
    assert "plans/x.yaml (added)" in out and "is a symbolic link to" in out and "cannot be read" in out


# --- folders and files that cannot be read: as a normal user, also when the tests run as root


def _locked(shared_tmp: Path) -> Path:
    repo = write_repo(
        shared_tmp,
        {
            "plans/mandate.yaml": MANDATE,
            "plans/p.yaml": PLAN,
            "plans/locked/q.yaml": PLAN.replace("id: p\n", "id: q\n"),
        },
    )
    (repo / "plans" / "locked").chmod(0)
    return repo


def test_a_folder_that_cannot_be_read_says_permission_denied(shared_tmp: Path) -> None:
    repo = _locked(shared_tmp)
    code, out, err = run_cli_as_normal_user(["check", "plans"], repo, unreadable=repo / "plans" / "locked")
    assert code == cli.EXIT_FINDINGS, out + err
    assert (
        "plans/locked: error [file-unreadable] cannot read the folder 'plans/locked': permission denied\n"
        "    hint: make the folder readable for this user (chmod a+rx), or move the files out of it"
    ) in out
    assert "2 files checked, 1 error" in out  # the others are still checked


def test_a_folder_that_cannot_be_read_in_danish(shared_tmp: Path) -> None:
    repo = _locked(shared_tmp)
    _, out, _ = run_cli_as_normal_user(["check", "--lang", "da", "plans"], repo, unreadable=repo / "plans" / "locked")
    assert "kan ikke læse mappen 'plans/locked': adgang nægtet" in out


@pytest.mark.parametrize("command", ["check", "verdict"])
def test_a_named_file_in_a_folder_that_cannot_be_searched_says_permission_denied(
    shared_tmp: Path, command: str
) -> None:
    repo = _locked(shared_tmp)
    code, out, err = run_cli_as_normal_user(
        [command, "plans/locked/q.yaml"], repo, unreadable=repo / "plans" / "locked" / "q.yaml"
    )
    assert (code, out, err) == (cli.EXIT_USAGE, "", "tfi: error: plans/locked/q.yaml: permission denied\n")


def test_a_file_that_cannot_be_read_says_permission_denied(shared_tmp: Path) -> None:
    repo = write_repo(shared_tmp, {"plans/mandate.yaml": MANDATE, "plans/p.yaml": PLAN})
    (repo / "plans" / "p.yaml").chmod(0)
    code, out, err = run_cli_as_normal_user(["check", "plans"], repo, unreadable=repo / "plans" / "p.yaml")
    assert code == cli.EXIT_FINDINGS, out + err
    assert "plans/p.yaml: error [file-unreadable] cannot read 'plans/p.yaml': permission denied" in out


# --- Ctrl-C and SIGTERM during a parallel check --------------------------------------------

PLANS = 600  # 0.4 s of work for 2 workers here (0.25 s at 300): 20 times the latest signal below


def _many_plans(root: Path) -> Path:
    files = {"plans/mandate.yaml": MANDATE}
    for index in range(PLANS):
        files[f"plans/p{index:03d}.yaml"] = PLAN.replace("id: p\n", f"id: p{index:03d}\n")
    return write_repo(root, files)


def _children(pid: int) -> list[int]:
    """The processes whose parent is `pid` (Linux /proc; no psutil)."""
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", encoding="utf-8") as stat_file:
                    fields = stat_file.read().rsplit(")", 1)[1].split()  # after "pid (name)": state, parent, ...
            except OSError:  # ended meanwhile
                continue
            if int(fields[1]) == pid:
                found.append(int(entry))
    return found


def _interrupt(repo: Path, how: str, delay: float) -> tuple[int, str, list[int]] | None:
    """Start `tfi check --jobs 2`, wait for its workers, send the signal; exit code, stderr, workers
    (None when the check was over before the signal came).

    The exit code is as a shell shows it: a process that ends by the signal itself (Python does so
    for a Ctrl-C that comes after tfi's own handling, while the interpreter shuts down) is 128 + N.
    """
    process = subprocess.Popen(
        [*CLI, "check", "--jobs", "2"],
        cwd=repo,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    started = time.monotonic()
    workers: list[int] = []
    while len(workers) < 2 and process.poll() is None and time.monotonic() - started < 20:
        workers = _children(process.pid)
        time.sleep(0.002)
    assert len(workers) == 2 and process.poll() is None, "the workers never started"
    time.sleep(delay)
    if how == "Ctrl-C":  # a terminal sends SIGINT to the whole foreground process group
        os.killpg(process.pid, signal.SIGINT)
    elif how == "SIGTERM to the group":  # `kill -- -PGID`, a CI runner cancelling a job
        os.killpg(process.pid, signal.SIGTERM)
    else:  # `kill PID`
        os.kill(process.pid, signal.SIGTERM)
    try:
        out, err = process.communicate(timeout=15)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        raise AssertionError(f"tfi hung after {how}") from None
    if out != "":  # the check ended before the signal came (a loaded machine was slow to see the workers)
        return None
    code = process.returncode
    return (code if code >= 0 else 128 - code), err, workers


def _interrupt_running(repo: Path, how: str, delay: float) -> tuple[int, str, list[int]]:
    """`_interrupt`, tried again (up to five times) when the check ended before the signal came."""
    for _ in range(5):
        outcome = _interrupt(repo, how, delay)
        if outcome is not None:
            return outcome
    raise AssertionError(f"the check ended before {how} came, five times: make PLANS larger")


@pytest.mark.parametrize(
    "how, code",
    [
        ("Ctrl-C", cli.EXIT_INTERRUPTED),
        ("SIGTERM to the group", cli.EXIT_TERMINATED),
        ("SIGTERM to tfi", cli.EXIT_TERMINATED),
    ],
)
def test_a_parallel_check_stops_quietly_on_a_signal(tmp_path: Path, how: str, code: int) -> None:
    repo = _many_plans(tmp_path)
    for delay in (0.0, 0.02):  # as the workers start, and while they parse
        returncode, err, workers = _interrupt_running(repo, how, delay)
        assert (returncode, err) == (code, ""), f"{how} after {delay} s"
        time.sleep(0.05)
        assert not [pid for pid in workers if _running(pid)], f"a worker outlived tfi after {how}"


def _running(pid: int) -> bool:
    """Whether process `pid` exists and is not a zombie (one left to init to reap is gone in all but name)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="utf-8") as stat_file:
            return stat_file.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def test_a_worker_killed_from_outside_is_said_not_waited_for(tmp_path: Path) -> None:
    # The out-of-memory killer's SIGKILL: multiprocessing.Pool waited for the lost chunk for ever.
    process = subprocess.Popen(
        [*CLI, "check", "--jobs", "2"],
        cwd=_many_plans(tmp_path),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    started = time.monotonic()
    workers: list[int] = []
    while not workers and process.poll() is None and time.monotonic() - started < 20:
        workers = _children(process.pid)
    assert workers, "the workers never started"
    os.kill(workers[0], signal.SIGKILL)
    try:
        _, err = process.communicate(timeout=15)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        raise AssertionError("tfi waited for a worker that was gone") from None
    said = (
        "tfi: error: a worker process was stopped (killed by signal 9); run again, or with --jobs 1 for one process\n"
    )
    assert (process.returncode, err) == (128 + signal.SIGKILL, said)
