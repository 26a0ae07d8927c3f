"""Benchmark of `tfi` (issue 17): start-up, every command's time and peak memory on two corpora, the
YAML parse floor, `--jobs`, and check-jsonschema.

    python bench/run.py                      # N = 1,000 plans of both corpora (several minutes on 2 cores)
    python bench/run.py --large              # and N = 10,000 (much longer)
    python bench/run.py --sizes 1,10 --repeat 1     # a quick run

Two deterministic corpora from bench/corpus.py, written to a temporary folder:

- clean: seeded synthetic plans and measurement files, 10-20 KB each, every target kind, all valid;
- heavy: copies of the repository's plans/2011.yaml without their decisions, 30 findings each, and one
  measurement file with no measurements.

For each corpus and N it measures, side by side, medians over `--repeat` runs:

- floor: reading the bytes, and parsing them with PyYAML's CSafeLoader alone;
- `tfi check` in process (`check_paths`), with tracemalloc's peak;
- whole processes, each with its peak RSS: `tfi check` with the default `--jobs` and with `--jobs 1`
  (in turn, paired), `tfi verdict --format json`, `tfi report`, and `tfi diff` of the plans against a
  copy with every 10th plan changed;
- `check-jsonschema --schemafile schemas/plan.schema.json` on the plans (clean corpus; if installed);

and the start-up of `tfi --version`, `tfi --help` and `tfi check` on the repository against
`python -c pass`, beside what any check imports before it reads a file (`import click, yaml`; no target
of its own: a check of valid files imports no pydantic) and what that leaves of the 6× target. The targets of issue 17 are printed as ratios next to the figures, met or NOT MET;
nothing is asserted. Uses only the standard library and tfi's own dependencies. Every `tfi` is started
and measured by bench/measure.py (`tfi_argv`, `run_process`), as in bench/memory.py.

Memory figures: bench/memory.py's `print_figures(sizes)` is called after the tables (`memory_hook`).
"""

from __future__ import annotations

import argparse
import gc
import os
import shutil
import statistics
import sys
import tempfile
import textwrap
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import edited_copy, finding_heavy_corpus, generate  # noqa: E402  (bench/ is not a package)
from measure import run_process, tfi_argv  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
PLAN_SCHEMA = REPO / "schemas" / "plan.schema.json"
AS_OF = "2011-12-31"
REPO_CHECK = "tfi check (repository's files)"

# --- measuring ------------------------------------------------------------------------


def median_process(argv: list[str], cwd: Path, repeat: int) -> tuple[float, float, int]:
    runs = [run_process(argv, cwd) for _ in range(repeat)]
    return statistics.median(r[0] for r in runs), max(r[1] for r in runs), runs[-1][2]


def floor(paths: list[Path], repeat: int) -> tuple[float, float]:
    """Median seconds to read every file, and to read and parse it with CSafeLoader."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", None)
    if loader is None:
        print(
            "WARNING: PyYAML has no libyaml (CSafeLoader); the floor below is the pure-Python SafeLoader, 8-10x slower",
            file=sys.stderr,
        )
        loader = yaml.SafeLoader
    reads, parses = [], []
    for _ in range(repeat):
        start = time.perf_counter()
        for path in paths:
            path.read_bytes()
        reads.append(time.perf_counter() - start)
        start = time.perf_counter()
        for path in paths:
            yaml.load(path.read_bytes(), Loader=loader)
        parses.append(time.perf_counter() - start)
    return statistics.median(reads), statistics.median(parses)


def in_process(targets: list[Path], repeat: int) -> tuple[float, float, int]:
    """Median seconds of check_paths on the targets, peak traced MiB, findings at error."""
    from tfi_rules.check.pipeline import check_paths
    from tfi_rules.findings import Severity

    times = []
    errors = 0
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        result = check_paths(targets)
        times.append(time.perf_counter() - start)
        errors = sum(1 for f in result.findings if f.severity is Severity.ERROR and not f.waived)
        del result
    gc.collect()
    tracemalloc.start()
    check_paths(targets)
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    return statistics.median(times), peak, errors


def verdict(met: bool) -> str:
    return "met" if met else "NOT MET"


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.2f}"


def ratio_text(value: float, limit: float, below: bool = True) -> str:
    """'1.23× (≤ 1.5×): met'."""
    return f"{value:.2f}× ({'≤' if below else '≥'} {limit:g}×): {verdict(value <= limit if below else value >= limit)}"


# --- start-up -------------------------------------------------------------------------


# What any check imports before it reads a file (the same interpreter): the floor the start-up targets
# stand on, printed without a target of its own. Pydantic is not in it: a check of valid files reads them
# without it (tfi_rules/model/build.py); until it did, pydantic's BaseModel alone took the floor from 2.4×
# to 4.4× `python -c pass`.
IMPORT_FLOORS = ("import click, yaml",)
FLOOR = "import floor"  # the last of them, in the targets


def interpreter_kind() -> str:
    """Whether this interpreter starts with an editable install's import hook, which every process of it runs,
    `python -c pass` too: it makes that about twice as long here (8.5 ms bare, 18 ms with the hook), and so
    every ratio to it about half what a regular install (`pip install .`, the README's) would show."""
    import site

    folders = [*site.getsitepackages(), site.getusersitepackages()]
    hooks = [path for folder in folders if Path(folder).is_dir() for path in Path(folder).glob("__editable__*.pth")]
    return "an editable install's import hook in every process" if hooks else "no editable install's hook"


def startup(repeat: int, cjs: str | None) -> dict[str, float]:
    """Print and return the start-up figures, in multiples of `python -c pass`."""
    # Bytecode first: with PYTHONDONTWRITEBYTECODE set (as on the shared test machines) no .pyc is ever
    # written, and every process compiled tfi's sources again (about 90 ms of `tfi check`), which no
    # installed copy does.
    import compileall

    compileall.compile_dir(str(REPO / "tfi_rules"), quiet=1)
    compileall.compile_file(str(REPO / "cli.py"), quiet=1)
    base = median_process([sys.executable, "-c", "pass"], REPO, repeat)[0]
    floors = [f'python -c "{code}"' for code in IMPORT_FLOORS]
    width = max(map(len, floors)) + 2
    print(f"Start-up (whole process, median of {repeat}; {interpreter_kind()})")
    print(f"  {'command':<{width}}{'ms':>9}{'× python -c pass':>18}  target")
    print(f"  {'python -c pass':<{width}}{ms(base):>9}{1:>18.2f}")
    figures: dict[str, float] = {}
    for code, label in zip(IMPORT_FLOORS, floors, strict=True):
        seconds = median_process([sys.executable, "-c", code], REPO, repeat)[0]
        figures[FLOOR if code == IMPORT_FLOORS[-1] else label] = seconds / base
        print(f"  {label:<{width}}{ms(seconds):>9}{seconds / base:>18.2f}")
    for label, argv, limit in (
        ("tfi --version", tfi_argv("--version"), 3),
        ("tfi --help", tfi_argv("--help"), 3),
        (REPO_CHECK, tfi_argv("check"), 6),  # a commit hook runs it on every commit
    ):
        seconds = median_process(argv, REPO, repeat)[0]
        figures[label] = seconds / base
        print(
            f"  {label:<{width}}{ms(seconds):>9}{seconds / base:>18.2f}  ≤ {limit}×: {verdict(seconds <= limit * base)}"
        )
    if cjs:
        repo_plans = sorted(str(p) for p in (REPO / "plans").glob("*.yaml") if p.name != "mandate.yaml")
        seconds = median_process([cjs, "--schemafile", str(PLAN_SCHEMA), *repo_plans], REPO, repeat)[0]
        print(f"  {'check-jsonschema (repo plans)':<{width}}{ms(seconds):>9}{seconds / base:>18.2f}")
    print()
    return figures


# --- one corpus at one size -------------------------------------------------------------


def measure(
    corpus: str,
    make: Callable[[Path, int], tuple[list[Path], list[Path]]],
    folder: Path,
    n: int,
    repeat: int,
    cjs: str | None,
) -> dict[str, Any]:
    """Every figure of one corpus at N plans (whole-process times in seconds, memory in MiB)."""
    plans, files = make(folder, n)
    plans_dir, meas_dir = folder / "plans", folder / "measurements"
    targets = [plans_dir, meas_dir]
    head = edited_copy(plans_dir, folder / "edited")
    read, parse = floor(files, repeat)
    in_s, peak, errors = in_process(targets, repeat)
    if errors:
        print(f"WARNING: {corpus} N={n}: {errors} error findings in the generated files", file=sys.stderr)
    check_argv = [str(t) for t in targets]
    # The default --jobs and --jobs 1 in turn, so that other work on a shared machine falls on both alike.
    paired = [
        (
            run_process(tfi_argv("check", *check_argv), folder),
            run_process(tfi_argv("check", "--jobs", "1", *check_argv), folder),
        )
        for _ in range(repeat)
    ]
    judged = ("--measurements", str(meas_dir), "--as-of", AS_OF)
    verdict_s, verdict_rss, _ = median_process(
        tfi_argv("verdict", str(plans_dir), *judged, "--format", "json"), folder, repeat
    )
    report_s, report_rss, _ = median_process(
        tfi_argv("report", str(plans_dir), *judged, "--output", str(folder / "report.html")), folder, repeat
    )
    diff_s, diff_rss, _ = median_process(tfi_argv("diff", str(plans_dir), str(head)), folder, repeat)
    cjs_s = None
    if cjs and corpus == "clean":
        cjs_s = median_process(
            [cjs, "--schemafile", str(PLAN_SCHEMA), *map(str, plans)], folder, 1 if n >= 1000 else repeat
        )[0]
    return dict(
        corpus=corpus,
        n=n,
        files=len(files),
        kb=statistics.mean(p.stat().st_size for p in files) / 1024,
        read=read,
        parse=parse,
        in_s=in_s,
        peak=peak,
        check=statistics.median(default[0] for default, _ in paired),
        check_rss=max(default[1] for default, _ in paired),
        serial=statistics.median(serial[0] for _, serial in paired),
        jobs_ratio=statistics.median(default[0] / serial[0] for default, serial in paired),
        verdict=verdict_s,
        verdict_rss=verdict_rss,
        report=report_s,
        report_rss=report_rss,
        diff=diff_s,
        diff_rss=diff_rss,
        cjs=cjs_s,
        plans=len(plans),
    )


def print_table(rows: list[dict[str, Any]]) -> None:
    print(
        f"{'corpus':<6} {'N':>6} {'files':>6} {'KB':>5} {'parse':>7} {'in-proc':>7} {'×floor':>6} {'mem':>6} "
        f"{'check':>7} {'×floor':>6} {'-j1':>7} {'×-j1':>5} {'rss':>6} {'verdict':>7} {'rss':>6} {'report':>7} "
        f"{'rss':>6} {'diff':>7} {'rss':>6} {'cjs':>7}"
    )
    for r in rows:
        cjs_text = f"{r['cjs']:>7.2f}" if r["cjs"] is not None else f"{'-':>7}"
        print(
            f"{r['corpus']:<6} {r['n']:>6} {r['files']:>6} {r['kb']:>5.1f} {r['parse']:>7.2f} {r['in_s']:>7.2f} "
            f"{r['in_s'] / r['parse']:>6.2f} {r['peak']:>6.1f} {r['check']:>7.2f} {r['check'] / r['parse']:>6.2f} "
            f"{r['serial']:>7.2f} {r['jobs_ratio']:>5.2f} {r['check_rss']:>6.1f} {r['verdict']:>7.2f} "
            f"{r['verdict_rss']:>6.1f} {r['report']:>7.2f} {r['report_rss']:>6.1f} {r['diff']:>7.2f} "
            f"{r['diff_rss']:>6.1f} {cjs_text}"
        )


def print_targets(rows: list[dict[str, Any]], start: dict[str, float], default: int) -> None:
    """Issue 17's targets as ratios of figures from this run."""
    print("Targets (issue 17)")
    print(f"  4. start-up: tfi check on the repository {ratio_text(start[REPO_CHECK], 6)}")
    left = 6 - start[FLOOR]
    print(
        f"     of which importing click and yaml {start[FLOOR]:.2f}×: "
        + (f"{left:.2f}× of the 6× left for the rest" if left > 0 else "nothing of the 6× left for the rest")
    )
    print(
        f"     tfi --version {ratio_text(start['tfi --version'], 3)}; tfi --help {ratio_text(start['tfi --help'], 3)}"
    )
    for corpus in ("clean", "heavy"):
        sized = sorted((r for r in rows if r["corpus"] == corpus), key=lambda r: r["n"])
        if len(sized) < 2:
            continue
        small, large = sized[-2], sized[-1]
        growth = large["n"] / small["n"]
        print(f"  {corpus} corpus, N={small['n']:,} → {large['n']:,} ({growth:g}× the plans):")
        for key, name in (
            ("check", "check"),
            ("verdict", "verdict --format json"),
            ("report", "report"),
            ("diff", "diff"),
        ):
            rss = large[key + "_rss"] / small[key + "_rss"]
            # Item 2 sets its memory target for check, verdict and report on finding-heavy plans; the other
            # ratios are shown without one (the clean corpus indexes a measurement file for every 5 plans).
            if corpus == "heavy" and key != "diff":
                memory = f"peak RSS {ratio_text(rss, 1.5)}"
            else:
                memory = f"peak RSS {rss:.2f}× (no target: item 2 names check, verdict and report, finding-heavy)"
            print(f"  1./2. tfi {name:<21} time {ratio_text(large[key] / small[key], 1.2 * growth)}; {memory}")
    for r in rows:
        if r["n"] < 1000:
            continue
        if default == 1:
            jobs = f"the default is --jobs 1 here (same process), paired ratio {r['jobs_ratio']:.2f} (noise): met"
        else:
            jobs = f"default --jobs {default} / --jobs 1 {ratio_text(r['jobs_ratio'], 1.0)}"
        print(f"  3. {r['corpus']} N={r['n']:,}: {jobs}")
        print(
            f"  5. {r['corpus']} N={r['n']:,}: whole check {r['check'] / r['parse']:.2f}× the CSafeLoader parse, "
            f"in process {r['in_s'] / r['parse']:.2f}× (a parser replacing libyaml must make the whole check ≥ 1.5× faster)"
        )
        if r["cjs"] is not None:
            print(
                f"     faster than check-jsonschema (schema only): {ratio_text(r['cjs'] / r['check'], 5, below=False)}"
            )


def memory_hook(sizes: list[int]) -> None:
    """The memory figures: bench/memory.py's `print_figures(sizes)`."""
    from memory import print_figures  # bench/ is on sys.path (above)

    print()
    print_figures(sizes)


def main() -> int:
    from tfi_rules.check.pipeline import PARALLEL_FROM, default_jobs

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs per figure; the median is shown (default 3)")
    parser.add_argument("--large", action="store_true", help="also N = 10,000 (much longer)")
    parser.add_argument("--sizes", help="comma-separated N instead of 1000")
    parser.add_argument(
        "--corpus", choices=("clean", "heavy", "both"), default="both", help="which corpus (default both)"
    )
    parser.add_argument("--keep", action="store_true", help="keep the generated files and print where")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")] if args.sizes else [1000]
    if args.large and 10_000 not in sizes:
        sizes.append(10_000)
    cjs = shutil.which("check-jsonschema")
    if cjs is None:
        print("check-jsonschema is not installed: its column is left out (pip install check-jsonschema)\n")

    import platform

    default = default_jobs()
    print(
        f"tfi benchmark: {platform.python_implementation()} {platform.python_version()}, {os.cpu_count()} cores, "
        f"{platform.machine()}, load average {os.getloadavg()[0]:.1f}, medians of {args.repeat} runs\n"
    )
    start = startup(max(21, args.repeat), cjs)

    corpora: dict[str, Callable[[Path, int], tuple[list[Path], list[Path]]]] = {
        "clean": generate,
        "heavy": finding_heavy_corpus,
    }
    chosen = list(corpora) if args.corpus == "both" else [args.corpus]
    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="tfi-bench-") as tmp:
        for corpus in chosen:
            for n in sizes:
                folder = Path(tmp) / f"{corpus}-{n}"
                rows.append(measure(corpus, corpora[corpus], folder, n, args.repeat, cjs))
                if args.keep:
                    keep = Path(tempfile.mkdtemp(prefix="tfi-bench-kept-"))
                    shutil.copytree(folder, keep / folder.name)
                    print(f"kept {corpus} N={n} in {keep / folder.name}")
                shutil.rmtree(folder)

    legend = (
        "Throughput: seconds for the whole corpus (N plans; clean: plus the mandate and one measurement file per 5 "
        "plans; heavy: plus the mandate and a measurement file with none). parse = CSafeLoader alone (the floor); in-proc = check_paths in process, "
        "mem its tracemalloc peak; check = whole process with the default --jobs "
        f"({default} here: the cores left free by the main process and the load average, none below 2, from "
        f"{PARALLEL_FROM} files on), -j1 = --jobs 1, ×-j1 = their paired ratio; rss = peak RSS of the whole "
        "process, MiB; verdict --format json, report (HTML), diff (against a copy with every 10th plan changed); "
        "cjs = check-jsonschema on the plans, schema only."
    )
    print(textwrap.fill(legend, 110))
    print_table(rows)
    print()
    print_targets(rows, start, default)
    memory_hook(sizes)
    return 0


if __name__ == "__main__":
    sys.exit(main())
