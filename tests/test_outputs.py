"""`--output`/`-o` replaces only a regular file: never a device, a pipe, a folder or a link (issue 12, item 5).

Run as root too (CI is root): as root a rename replaces even a device node, which is
what these tests guard. The device is made with `mknod` in a temporary folder as root,
and is `/dev/null` itself for a normal user, who cannot replace it anyway.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path

import pytest
from helpers import MANDATE, PLAN, run_cli, write_repo

import cli
from tfi_rules.files import UnsafeOutput, write_atomically


def _device(folder: Path) -> Path:
    """A character device like /dev/null: made in `folder` as root, /dev/null itself otherwise."""
    if os.geteuid() != 0:
        return Path("/dev/null")
    device = folder / "null"
    os.mknod(device, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    return device


def _fifo(folder: Path) -> Path:
    os.mkfifo(folder / "pipe")
    return folder / "pipe"


def _folder(folder: Path) -> Path:
    (folder / "out").mkdir()
    return folder / "out"


def _link_to_stdout(folder: Path) -> Path:  # what /dev/stdout is
    (folder / "stdout").symlink_to("/proc/self/fd/1")
    return folder / "stdout"


def _link_to_device(folder: Path) -> Path:
    (folder / "null-link").symlink_to(_device(folder))
    return folder / "null-link"


def _link_to_file(folder: Path) -> Path:
    (folder / "real.html").write_text("the real file", encoding="utf-8")
    (folder / "report.html").symlink_to("real.html")
    return folder / "report.html"


TARGETS: dict[str, tuple[Callable[[Path], Path], str]] = {
    "character device": (_device, "is a character device, not a regular file"),
    "named pipe": (_fifo, "is a named pipe, not a regular file"),
    "folder": (_folder, "is a folder, not a regular file"),
    "link to /proc/self/fd/1": (_link_to_stdout, "is a symbolic link to /proc/self/fd/1"),
    "link to a device": (_link_to_device, "is a symbolic link to"),
    "link to a regular file": (_link_to_file, "is a symbolic link to real.html"),
}


def _state(path: Path) -> tuple[int, int, str]:
    """What must not change: the entry's type and inode, and a link's target."""
    info = os.lstat(path)
    return stat.S_IFMT(info.st_mode), info.st_ino, os.readlink(path) if path.is_symlink() else ""


def _repo(root: Path) -> Path:
    return write_repo(root, {"plans/mandate.yaml": MANDATE, "plans/p.yaml": PLAN})


@pytest.mark.parametrize("command", [["check"], ["report"]], ids=["check", "report"])
@pytest.mark.parametrize("target", list(TARGETS))
def test_an_output_that_is_not_a_regular_file_is_refused_and_left_alone(
    tmp_path: Path, command: list[str], target: str
) -> None:
    make, what = TARGETS[target]
    repo = _repo(tmp_path / "repo")
    output = make(tmp_path)
    before = _state(output)
    real_file = (tmp_path / "real.html").read_text(encoding="utf-8") if target == "link to a regular file" else ""
    code, out, err = run_cli([*command, "-o", str(output)], repo)
    assert code == cli.EXIT_USAGE, out + err
    assert err.startswith(f"tfi: error: {output} {what}"), err
    assert "nothing was written" in err and "or - for standard output" in err
    assert "written" not in out and out == ""
    assert _state(output) == before
    if real_file:
        assert (tmp_path / "real.html").read_text(encoding="utf-8") == real_file
    assert not [name for name in os.listdir(tmp_path) if name.endswith(".tmp")]


@pytest.mark.parametrize("command", [["check"], ["report"]], ids=["check", "report"])
def test_an_output_name_ending_in_a_slash_is_refused(tmp_path: Path, command: list[str]) -> None:
    repo = _repo(tmp_path / "repo")
    code, _, err = run_cli([*command, "-o", "out/"], repo)
    assert code == cli.EXIT_USAGE
    assert err == (
        "tfi: error: out/ ends in a slash, so it names a folder; nothing was written. "
        "Give the name of a file, or - for standard output\n"
    )
    assert sorted(os.listdir(repo)) == ["plans"]  # no file `out` (Path("out/") is "out")


@pytest.mark.parametrize("command", [["check"], ["report"]], ids=["check", "report"])
def test_an_empty_output_name_is_refused(tmp_path: Path, command: list[str]) -> None:
    code, _, err = run_cli([*command, "-o", ""], _repo(tmp_path))
    assert code == cli.EXIT_USAGE
    assert err == "tfi: error: the output file name is empty; give the name of a file, or - for standard output\n"


def test_dash_is_standard_output_for_check_too(tmp_path: Path) -> None:
    repo = _repo(tmp_path)
    code, out, _ = run_cli(["check", "-o", "-"], repo)
    assert code == cli.EXIT_OK
    assert out.endswith("2 files checked, 0 errors, 0 warnings, 1 info\n") and "hint:" in out  # the whole report
    assert sorted(os.listdir(repo)) == ["plans"]


@pytest.mark.parametrize("command", [["check"], ["report"]], ids=["check", "report"])
def test_a_regular_file_is_replaced_and_a_new_one_made(tmp_path: Path, command: list[str]) -> None:
    repo = _repo(tmp_path)
    (repo / "old.txt").write_text("old", encoding="utf-8")
    for name in ("old.txt", "new.txt"):
        code, _, err = run_cli([*command, "-o", name], repo)
        assert code == cli.EXIT_OK, err
        assert (repo / name).is_file() and (repo / name).read_text(encoding="utf-8") != "old"


def test_the_refusal_is_danish(tmp_path: Path) -> None:
    code, _, err = run_cli(["check", "--lang", "da", "-o", str(_fifo(tmp_path))], _repo(tmp_path / "repo"))
    assert code == cli.EXIT_USAGE
    assert err == (
        f"tfi: fejl: {tmp_path / 'pipe'} er en navngivet pipe, ikke en almindelig fil; intet er skrevet. "
        "Angiv navnet på en fil (den erstattes helt), eller - for standardoutput\n"
    )


# --- write_atomically itself -------------------------------------------------------------


@pytest.mark.parametrize("target", list(TARGETS))
def test_write_atomically_refuses_what_is_not_a_regular_file(tmp_path: Path, target: str) -> None:
    make, _ = TARGETS[target]
    output = make(tmp_path)
    before = _state(output)
    with pytest.raises(UnsafeOutput):
        write_atomically(output, "x")
    assert _state(output) == before


def test_a_target_swapped_for_a_pipe_while_writing_is_not_replaced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The target is looked at again right before the rename: a regular file when the write began,
    # a named pipe by the time the text is on disk.
    target = tmp_path / "report.html"
    target.write_text("old", encoding="utf-8")
    real_fsync = os.fsync

    def swap_then_fsync(fd: int) -> None:
        target.unlink()
        os.mkfifo(target)
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", swap_then_fsync)
    with pytest.raises(UnsafeOutput, match="is a named pipe"):
        write_atomically(target, "new")
    assert stat.S_ISFIFO(os.lstat(target).st_mode)
    assert os.listdir(tmp_path) == ["report.html"]  # the temporary file is gone
