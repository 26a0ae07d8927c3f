"""Positions come from one index per file (pointer → node), made in one pass over its node tree
the first time a position is asked for, not from a walk from the root for each finding (issue 17).
The index gives exactly what the walk gives, for every node of the repository's files."""

from __future__ import annotations

from pathlib import Path

import pytest

from tfi_rules.load.document import Document
from tfi_rules.load.loader import load_file, load_text

REPO = Path(__file__).resolve().parents[2]
FILES = sorted([*REPO.glob("plans/*.yaml"), *REPO.glob("measurements/*.yaml")])


class CountingWalks(Document):
    """A document that counts how often a position is found by walking from the root."""

    walks = 0

    def _walk(self, pointer: str | tuple[str | int, ...], *, key: bool) -> tuple[int, int]:
        type(self).walks += 1
        return super()._walk(pointer, key=key)


def counting(document: Document) -> CountingWalks:
    return CountingWalks(document.path, document.data, document.schema_comment, document._root)


@pytest.mark.parametrize("path", FILES, ids=lambda path: path.name)
def test_every_pointer_of_the_index_is_where_the_walk_finds_it(path: Path) -> None:
    document = load_file(path)
    document.locate("")
    pointers = list(document._places)
    assert len(pointers) > 30  # every node, not only those asked for
    for pointer in pointers:
        for key in (False, True):
            assert document.locate(pointer, key=key) == document._walk(pointer, key=key), pointer


def test_a_file_of_findings_is_positioned_without_walking() -> None:
    document = counting(load_file(REPO / "plans" / "2011.yaml"))
    CountingWalks.walks = 0
    areas = document.data["areas"]
    pointers = [f"/areas/{number}/title" for number in range(len(areas))]
    pointers += [f"/areas/{number}/criteria/0/target" for number, area in enumerate(areas) if area.get("criteria")]
    assert len(pointers) >= 5
    positions = [document.locate(pointer) for pointer in pointers]
    positions += [document.locate(("areas", 0, "criteria", 0, "id"), key=True), document.locate("/budget")]
    assert CountingWalks.walks == 0
    assert all(line > 1 and column >= 1 for line, column in positions)
    assert len(set(positions)) == len(positions)


def test_pointers_the_tree_lacks_are_walked_as_before() -> None:
    document = counting(load_text("kind: plan\nareas:\n  - id: a\n    tal: [1, 2]\n"))
    CountingWalks.walks = 0
    assert document.locate("/areas/0/tal/1") == (4, 14)
    assert CountingWalks.walks == 0
    assert document.locate("/areas/0/tal/01") == (4, 14)  # an index spelt with a leading zero
    assert document.locate("/areas/0/missing") == (3, 5)  # the deepest node there is
    assert document.locate(("areas", True)) == (3, 3)  # a bool is no index
    assert CountingWalks.walks == 3


def test_keys_with_slashes_and_tildes_are_found_by_their_escaped_pointer() -> None:
    document = load_text('kind: plan\n"a/b": 1\n"c~d": 2\n')
    assert document.locate("/a~1b") == (2, 8) and document.locate("/a~1b", key=True) == (2, 1)
    assert document.locate("/c~0d") == (3, 8)
    assert document.locate(("a/b",)) == (2, 8)
