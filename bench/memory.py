"""Peak memory of `tfi check`, `tfi verdict --format json|csv` and `tfi report` as whole processes
(issue 17 item 2: at 10,000 finding-heavy plans at most 1.5× their peak at 1,000).

    python bench/memory.py                   # 1,000 and 10,000 plans (several minutes on 2 cores)
    python bench/memory.py --sizes 20,200    # any sizes; the ratio is last over first
    python bench/memory.py --ids distinct    # only the copies with distinct ids (default: both kinds)

The corpus is bench/corpus.py's finding-heavy one: copies of plans/2011.yaml, each with its own id and
without its recorded decisions (about 30 findings a plan, none an error), the repository's mandate and
a measurement file with no measurements; in two kinds, each printed as rows of its own:

- shared ids: the copies' areas, criteria and budget lines keep plans/2011.yaml's ids, so that the
  cross-file index of criteria (rules/context.CriteriaIndex) holds one table for all of them;
- distinct ids: each copy's ids end in a suffix of its own (`intdag-foreninger-k00007`), same findings,
  so the index grows with every plan as it does in a real repository.

Each command runs as a child process, one at a time, its output to a file; it is started and measured
by bench/measure.py (`tfi_argv`, `run_process`: its peak RSS is the child's own, measured under a small
wrapper process of its own).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import finding_heavy_corpus  # noqa: E402  (bench/ is not a package)
from measure import run_process, tfi_argv  # noqa: E402

TARGET = 1.5
WIDTH = 27  # the longest row name: 'verdict json (distinct ids)'

COMMANDS: dict[str, list[str]] = {
    "check": ["check", "--max-findings", "0", "--output", "out.txt"],
    "verdict json": ["verdict", "--format", "json", "--as-of", "2012-06-30", "--output", "out.json"],
    "verdict csv": ["verdict", "--format", "csv", "--as-of", "2012-06-30", "--output", "out.csv"],
    "report": ["report", "--as-of", "2012-06-30", "--output", "out.html"],
}


IDS = {"shared": False, "distinct": True}  # the kinds of copy: with distinct_ids or not


def row_name(command: str, ids: str) -> str:
    return command if ids == "shared" else f"{command} (distinct ids)"


def measure(
    sizes: list[int], commands: list[str], ids: tuple[str, ...] = ("shared",)
) -> dict[str, list[tuple[float, float, int]]]:
    """(peak RSS in MiB, seconds, exit code) of each command at each size, printed as they come, for
    each kind of copy in `ids`; keyed by `row_name`."""
    figures: dict[str, list[tuple[float, float, int]]] = {row_name(name, kind): [] for kind in ids for name in commands}
    for size in sizes:
        for kind in ids:
            with tempfile.TemporaryDirectory(prefix="tfi-memory-") as scratch:
                folder = Path(scratch)
                finding_heavy_corpus(folder, size, distinct_ids=IDS[kind])
                for name in commands:
                    seconds, rss, code = run_process(tfi_argv(*COMMANDS[name]), folder)
                    figures[row_name(name, kind)].append((rss, seconds, code))
                    print(
                        f"  {size:>6,} plans  {row_name(name, kind):<{WIDTH}} {rss:8.1f} MiB  {seconds:7.1f} s  "
                        f"exit {code}",
                        flush=True,
                    )
    return figures


def print_figures(sizes: list[int], commands: list[str] | None = None, ids: tuple[str, ...] = tuple(IDS)) -> None:
    """Measure and print the table: peak RSS at each size (measured once: a peak has no noise to take a
    median of), and the last over the first. bench/run.py calls this after its own tables."""
    names = commands or list(COMMANDS)
    print(f"peak RSS of whole processes, finding-heavy copies of plans/2011.yaml ({', '.join(ids)} ids), sizes {sizes}")
    figures = measure(sizes, names, ids)
    print(f"\n{'command':<{WIDTH}} " + " ".join(f"{size:>10,}" for size in sizes) + "   ratio   target")
    for name, rows in figures.items():
        ratio = rows[-1][0] / rows[0][0]
        met = "met" if ratio <= TARGET else "NOT met"
        cells = " ".join(f"{rss:6.1f} MiB" for rss, _, _ in rows)
        print(f"{name:<{WIDTH}} {cells}   {ratio:4.2f}×  ≤ {TARGET}×: {met}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000", help="numbers of plans, comma-separated (default 1000,10000)")
    parser.add_argument("--commands", default=",".join(COMMANDS), help=f"some of: {', '.join(COMMANDS)}")
    parser.add_argument(
        "--ids", choices=(*IDS, "both"), default="both", help="which copies: plans/2011.yaml's ids, distinct, both"
    )
    args = parser.parse_args()
    print_figures(
        [int(size) for size in args.sizes.split(",")],
        commands=[n.strip() for n in args.commands.split(",")],
        ids=tuple(IDS) if args.ids == "both" else (args.ids,),
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
