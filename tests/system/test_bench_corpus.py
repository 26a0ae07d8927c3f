"""bench/corpus.py: both corpora are deterministic, and the heavy one carries the findings it promises."""

from __future__ import annotations

import collections
from pathlib import Path
from types import ModuleType

from helpers import bench_module

REPO = Path(__file__).resolve().parents[2]


def corpus_module() -> ModuleType:
    return bench_module("corpus")


def contents(folder: Path) -> dict[str, bytes]:
    return {str(path.relative_to(folder)): path.read_bytes() for path in sorted(folder.rglob("*.yaml"))}


def test_both_corpora_are_the_same_every_time(tmp_path: Path) -> None:
    corpus = corpus_module()
    for make, count in ((corpus.generate, 6), (corpus.finding_heavy_corpus, 3)):
        name = make.__name__
        first_plans, first_files = make(tmp_path / f"{name}-a", count)
        make(tmp_path / f"{name}-b", count)
        assert len(first_plans) == count
        assert contents(tmp_path / f"{name}-a") == contents(tmp_path / f"{name}-b")
        assert len(first_files) == len(contents(tmp_path / f"{name}-a"))


def test_the_clean_corpus_has_no_error_and_each_heavy_copy_30_findings(tmp_path: Path) -> None:
    from tfi_rules.check.pipeline import check_paths
    from tfi_rules.findings import Severity

    corpus = corpus_module()
    corpus.generate(tmp_path / "clean", 6)
    clean = check_paths([tmp_path / "clean" / "plans", tmp_path / "clean" / "measurements"])
    assert not [f for f in clean.findings if f.severity is Severity.ERROR and not f.waived]
    plans, _ = corpus.finding_heavy_corpus(tmp_path / "heavy", 3)
    heavy = check_paths([tmp_path / "heavy" / "plans"])
    assert not [f for f in heavy.findings if f.severity is Severity.ERROR]
    per_file = collections.Counter(Path(f.file).name for f in heavy.findings)
    assert per_file == {path.name: 30 for path in plans}


def test_heavy_copies_with_distinct_ids_share_no_id_and_keep_every_finding(tmp_path: Path) -> None:
    """bench/memory.py's second kind of copy: no criterion table to share in the cross-file index, and
    the same findings at the same places as the plain copies."""
    import yaml

    from tfi_rules.check.pipeline import check_paths

    corpus = corpus_module()
    shared, _ = corpus.finding_heavy_corpus(tmp_path / "shared", 3)
    distinct, _ = corpus.finding_heavy_corpus(tmp_path / "distinct", 3, distinct_ids=True)

    def nested_ids(path: Path) -> list[str]:
        plan = yaml.safe_load(path.read_text(encoding="utf-8"))
        return [
            *(area["id"] for area in plan["areas"]),
            *(criterion["id"] for area in plan["areas"] for criterion in area.get("criteria", [])),
            *(line["id"] for line in plan["budget"]["lines"]),
        ]

    ids = [set(nested_ids(path)) for path in distinct]
    assert len(ids[0]) == len(nested_ids(shared[0])) == 26  # 3 areas, 19 criteria, 4 budget lines
    assert not ids[0] & ids[1] and not ids[0] & ids[2] and not ids[1] & ids[2]

    def places(folder: Path) -> collections.Counter[tuple[str, str, str, int, int]]:
        result = check_paths([folder / "plans", folder / "measurements"])
        return collections.Counter(
            (Path(f.file).name, f.rule, f.severity.value, f.line, f.column) for f in result.findings
        )

    assert places(tmp_path / "distinct") == places(tmp_path / "shared")
    assert sum(places(tmp_path / "distinct").values()) == 90


def test_the_heavy_corpus_runs_as_written_with_its_folders_named_or_found(tmp_path: Path) -> None:
    """bench/run.py names plans/ and measurements/, bench/memory.py lets tfi find them; both start tfi
    through bench/measure.py. A measurements folder named on the command line must hold a file."""
    import json

    corpus, measure = corpus_module(), bench_module("measure")
    plans, _ = corpus.finding_heavy_corpus(tmp_path, 2)
    named = ("plans", "--measurements", "measurements")
    for where, name in ((named, "named.json"), ((), "found.json")):
        argv = measure.tfi_argv("verdict", *where, "--as-of", "2012-06-30", "--format", "json", "-o", name)
        assert measure.run_process(argv, tmp_path)[2] == 0
        rows = json.loads((tmp_path / name).read_text(encoding="utf-8"))
        assert {row["plan"] for row in rows} == {path.stem for path in plans}


def test_the_edited_copy_changes_every_tenth_plan(tmp_path: Path) -> None:
    corpus = corpus_module()
    corpus.generate(tmp_path / "clean", 21)
    head = corpus.edited_copy(tmp_path / "clean" / "plans", tmp_path / "edited")
    base = contents(tmp_path / "clean" / "plans")
    changed = sorted(name for name, text in contents(head).items() if base[name] != text)
    assert changed == ["plan-00000.yaml", "plan-00010.yaml", "plan-00020.yaml"]


def test_a_measured_child_reports_its_own_peak_not_its_parents(tmp_path: Path) -> None:
    """bench/measure.py: a child forked from a large process reported that process's size (every command
    of bench/memory.py 'peaked' at 357.2 MiB when bench/run.py called it); under its wrapper it does not."""
    import sys

    measure = bench_module("measure")
    ballast = bytearray(300 * 2**20)  # this process grows by 300 MiB, touched so that it is resident
    for offset in range(0, len(ballast), 4096):
        ballast[offset] = 1
    seconds, rss, code = measure.run_process([sys.executable, "-c", "pass"], tmp_path)
    assert code == 0 and seconds > 0 and 0 < rss < 100
    del ballast
