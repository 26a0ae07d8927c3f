"""load/discovery keeps the files it finds as strings: spelt and ordered as Paths of them were."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tfi_rules.load.discovery import discover, in_folder_named, processing_order

NAMES = ["plans/a-c/x.yaml", "plans/a/b.yaml", "plans/a.yaml", "plans/mandate.yaml", "measurements/m.yml"]


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name in NAMES:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("kind: plan\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.parametrize(
    "given",
    [["."], ["./plans"], ["plans/"], ["plans//a", "plans"], ["plans/a/../a-c"], ["./plans/a/b.yaml", "plans/a"]],
)
def test_files_are_spelt_and_sorted_as_paths_of_them(repo: Path, given: list[str]) -> None:
    found = discover([Path(name) for name in given]).files
    assert all(isinstance(file, str) and file == str(Path(file)) for file in found)
    # What discover gave when it kept Paths: each folder's files sorted as Paths, each file once.
    expected: list[Path] = []
    seen: set[Path] = set()
    for name in given:
        path = Path(name)
        files = sorted(Path(root, f) for root, _, fs in os.walk(path) for f in fs) if path.is_dir() else [path]
        for file in files:
            if Path(os.path.normpath(file)) not in seen:
                seen.add(Path(os.path.normpath(file)))
                expected.append(file)
    assert found == [str(path) for path in expected]
    for absolute in discover([repo / name for name in given]).files:
        assert absolute == str(Path(absolute)) and os.path.isabs(absolute)


def test_measurements_come_last_as_with_paths(repo: Path) -> None:
    found = discover([Path(".")]).files
    assert processing_order(found) == [
        "plans/mandate.yaml",
        "plans/a-c/x.yaml",  # ordered by the string, as rank did with str(path)
        "plans/a.yaml",
        "plans/a/b.yaml",
        "measurements/m.yml",
    ]
    assert [in_folder_named(file, "measurements") for file in found] == [
        "measurements" in Path(file).parts for file in found
    ]
    assert not in_folder_named("plans/measurements.yaml", "measurements")


def test_under_the_current_folder_a_refusal_keeps_the_spelling_it_had(
    repo: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    # Files are spelt as Path spells them ("plans/a/b.yaml"); a link refused is named as the walk met it.
    outside = tmp_path_factory.mktemp("outside") / "secret.yaml"
    outside.write_text("kind: plan\n", encoding="utf-8")
    (repo / "plans" / "a" / "out.yaml").symlink_to(outside)
    found = discover([Path(".")])
    assert "plans/a/b.yaml" in found.files
    assert [finding.file for finding in found.refused] == ["./plans/a/out.yaml"]
