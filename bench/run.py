"""Benchmark of `tfi`: start-up, throughput against the YAML parse floor and check-jsonschema, memory.

    python bench/run.py                 # N = 1, 10, 100, 1,000 (a few minutes on 2 cores)
    python bench/run.py --large         # and N = 10,000
    python bench/run.py --repeat 5 --sizes 1,10

It generates deterministic (seeded) synthetic plans and measurement files with
bench/corpus.py —
10-20 KB each, Danish text, every target kind, sub-criteria, budgets,
waivers, all schema-valid and balanced against a mandate of 4 årsværk — into a
temporary folder, and measures on the same files, side by side, medians over
`--repeat` runs:

- floor: reading the bytes, and parsing them with PyYAML's CSafeLoader alone;
- `tfi check` in process (`tfi_rules.check.pipeline.check_paths`), with tracemalloc's peak;
- `tfi check` and `tfi verdict` as whole processes, with the child's peak RSS;
- `check-jsonschema --schemafile schemas/plan.schema.json` on the plans (schema only);
- start-up of `tfi --version`, `tfi --help` and `tfi check` on the repository's
  own files, relative to `python -c pass`.

Targets (issue 7) are printed next to the figures as met / not met; nothing is asserted.
Uses only the standard library and tfi's own dependencies.
"""

from __future__ import annotations

import argparse
import gc
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import generate  # noqa: E402  (bench/ is not a package)

REPO = Path(__file__).resolve().parent.parent
PLAN_SCHEMA = REPO / "schemas" / "plan.schema.json"

# --- measuring ------------------------------------------------------------------------

_CHILD = r"""
import resource, subprocess, sys, time
start = time.perf_counter()
code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
elapsed = time.perf_counter() - start
print(elapsed, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, code)
"""


def run_process(argv: list[str], cwd: Path) -> tuple[float, float, int]:
    """Wall time, peak RSS (MiB) and exit code of one whole process.

    RUSAGE_CHILDREN is a running maximum over all children ever waited for, so
    each measured process runs under its own short-lived wrapper process.
    """
    out = subprocess.run([sys.executable, "-c", _CHILD, *argv], cwd=cwd, capture_output=True, text=True, check=True)
    elapsed, rss_kib, code = out.stdout.split()
    return float(elapsed), int(rss_kib) / 1024, int(code)


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


def in_process(folder: Path, repeat: int) -> tuple[float, float, int]:
    """Median seconds of check_paths on plans/ and measurements/, peak traced MiB, findings at error."""
    from tfi_rules.check.pipeline import check_paths
    from tfi_rules.findings import Severity

    times = []
    errors = 0
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        result = check_paths([folder / "plans", folder / "measurements"])
        times.append(time.perf_counter() - start)
        errors = sum(1 for f in result.findings if f.severity is Severity.ERROR and not f.waived)
        del result
    gc.collect()
    tracemalloc.start()
    check_paths([folder / "plans", folder / "measurements"])
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    return statistics.median(times), peak, errors


def tfi_argv(*args: str) -> list[str]:
    exe = shutil.which("tfi")
    return [exe, *args] if exe else [sys.executable, str(REPO / "cli.py"), *args]


def verdict(met: bool) -> str:
    return "met" if met else "NOT MET"


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.2f}"


def main() -> int:
    from tfi_rules.check.pipeline import PARALLEL_FROM, default_jobs

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs per figure; the median is shown (default 3)")
    parser.add_argument("--large", action="store_true", help="also N = 10,000 (several minutes more)")
    parser.add_argument("--sizes", help="comma-separated N instead of 1,10,100,1000")
    parser.add_argument("--keep", action="store_true", help="keep the generated files and print where")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")] if args.sizes else [1, 10, 100, 1000]
    if args.large and 10_000 not in sizes:
        sizes.append(10_000)
    cjs = shutil.which("check-jsonschema")
    if cjs is None:
        print("check-jsonschema is not installed: its column is left out (pip install check-jsonschema)\n")

    import platform

    print(
        f"tfi benchmark: {platform.python_implementation()} {platform.python_version()}, "
        f"{os.cpu_count()} cores, {platform.machine()}, medians of {args.repeat} runs\n"
    )

    # Start-up. Bytecode first: with PYTHONDONTWRITEBYTECODE set (as on the shared test machines) no .pyc
    # is ever written, and every process compiled tfi's sources again (about 90 ms of `tfi check`,
    # cProfile), which no installed copy does.
    import compileall

    compileall.compile_dir(str(REPO / "tfi_rules"), quiet=1)
    compileall.compile_file(str(REPO / "cli.py"), quiet=1)
    repeat_startup = max(5, args.repeat)
    base = median_process([sys.executable, "-c", "pass"], REPO, repeat_startup)[0]
    print(f"Start-up (whole process, median of {repeat_startup})")
    print(f"  {'command':<34}{'ms':>9}{'× python -c pass':>18}  target")
    print(f"  {'python -c pass':<34}{ms(base):>9}{1:>18.2f}")
    startup: dict[str, float] = {}
    for label, argv in (
        ("tfi --version", tfi_argv("--version")),
        ("tfi --help", tfi_argv("--help")),
        ("tfi check (repository's files)", tfi_argv("check")),
    ):
        seconds = median_process(argv, REPO, repeat_startup)[0]
        startup[label] = seconds
        if label.startswith("tfi check"):  # issue 17: a commit hook runs it on every commit
            target = f"≤ 6×: {verdict(seconds <= 6 * base)}"
        else:
            target = f"≤ 3×: {verdict(seconds <= 3 * base)}"
        print(f"  {label:<34}{ms(seconds):>9}{seconds / base:>18.2f}  {target}")
    if cjs:
        repo_plans = sorted(str(p) for p in (REPO / "plans").glob("*.yaml") if p.name != "mandate.yaml")
        seconds = median_process([cjs, "--schemafile", str(PLAN_SCHEMA), *repo_plans], REPO, args.repeat)[0]
        print(
            f"  {'check-jsonschema (repo plans)':<34}{ms(seconds):>9}{seconds / base:>18.2f}  "
            f"tfi check faster: {verdict(startup['tfi check (repository' + chr(39) + 's files)'] < seconds)}"
        )
    print()

    header = (
        f"{'N':>6} {'files':>6} {'KB/file':>7} {'read':>6} {'parse':>6} {'check':>7} {'×floor':>6} {'mem':>6} "
        f"{'-j1':>7} {'check':>7} {'×-j1':>5} {'×floor':>6} {'rss':>6} {'verdict':>7} {'rss':>6} {'report':>7} {'rss':>6} {'cjs':>7} {'cjs/chk':>7}"
    )
    rows: list[dict[str, Any]] = []  # one row of mixed figures per N
    per_file_1000: dict[str, Any] | None = None
    with tempfile.TemporaryDirectory(prefix="tfi-bench-") as tmp:
        for n in sizes:
            folder = Path(tmp) / f"n{n}"
            plans, files = generate(folder, n)
            kb = statistics.mean(p.stat().st_size for p in files) / 1024
            read, parse = floor(files, args.repeat)
            check_s, peak, errors = in_process(folder, args.repeat)
            if errors:
                print(f"WARNING: N={n}: {errors} error findings in the generated files", file=sys.stderr)
            targets = [str(folder / "plans"), str(folder / "measurements")]
            # Default and --jobs 1 in turn, so that other work on a shared machine falls on both alike.
            paired = [
                (
                    run_process(tfi_argv("check", *targets), folder),
                    run_process(tfi_argv("check", "--jobs", "1", *targets), folder),
                )
                for _ in range(args.repeat)
            ]
            proc_s = statistics.median(default[0] for default, _ in paired)
            proc_rss = max(default[1] for default, _ in paired)
            code = paired[-1][0][2]
            serial_s = statistics.median(serial[0] for _, serial in paired)
            jobs_ratio = statistics.median(default[0] / serial[0] for default, serial in paired)
            verdict_s, verdict_rss, _ = median_process(
                tfi_argv(
                    "verdict",
                    str(folder / "plans"),
                    "--measurements",
                    str(folder / "measurements"),
                    "--as-of",
                    "2011-12-31",
                ),
                folder,
                args.repeat,
            )
            report_s, report_rss, _ = median_process(
                tfi_argv(
                    "report",
                    str(folder / "plans"),
                    "--measurements",
                    str(folder / "measurements"),
                    "--as-of",
                    "2011-12-31",
                    "--output",
                    str(folder / "report.html"),
                ),
                folder,
                args.repeat,
            )
            cjs_s = None
            if cjs:
                cjs_s = median_process(
                    [cjs, "--schemafile", str(PLAN_SCHEMA), *map(str, plans)], folder, 1 if n >= 1000 else args.repeat
                )[0]
            count = len(files)

            def per(seconds: float, count: int = count) -> float:
                return seconds / count

            cjs_per = cjs_s / len(plans) if cjs_s is not None else None
            row = dict(
                n=n,
                files=count,
                kb=kb,
                read=per(read),
                parse=per(parse),
                check=per(check_s),
                peak=peak,
                proc=per(proc_s),
                serial=per(serial_s),
                jobs_ratio=jobs_ratio,
                rss=proc_rss,
                verdict=per(verdict_s),
                vrss=verdict_rss,
                report=per(report_s),
                rrss=report_rss,
                cjs=cjs_per,
                code=code,
            )
            rows.append(row)
            if n == 1000:
                per_file_1000 = row
            if args.keep:
                keep = Path(tempfile.mkdtemp(prefix="tfi-bench-kept-"))
                shutil.copytree(folder, keep / folder.name)
                print(f"kept N={n} in {keep / folder.name}")
            shutil.rmtree(folder)

    print(
        "Throughput (N plans, plus the mandate and one measurement file per 5 plans; ms per file; ×floor = time / CSafeLoader parse time; mem = tracemalloc peak, "
        "rss = peak RSS of the whole process, MiB;"
    )
    print(
        "cjs = check-jsonschema per plan file, schema only; cjs/chk = how many times faster tfi check "
        "(whole process) is per file;"
    )
    print(
        f"-j1 = tfi check --jobs 1 (one process); check = tfi check with its default --jobs "
        f"({default_jobs()} here: the cores left free by the main process and the load average "
        f"{os.getloadavg()[0]:.1f}, none below 2, from {PARALLEL_FROM} files on); ×-j1 = check / -j1, "
        "measured in turn (paired), median of the ratios)"
    )
    print("                    floor          in process                        whole process")
    print(header)
    for r in rows:
        cjs_text = f"{r['cjs'] * 1000:>7.2f}" if r["cjs"] is not None else f"{'-':>7}"
        ratio = f"{r['cjs'] / r['proc']:>7.1f}" if r["cjs"] is not None else f"{'-':>7}"
        print(
            f"{r['n']:>6} {r['files']:>6} {r['kb']:>7.1f} {ms(r['read']):>6} {ms(r['parse']):>6} {ms(r['check']):>7} "
            f"{r['check'] / r['parse']:>6.2f} {r['peak']:>6.1f} {ms(r['serial']):>7} {ms(r['proc']):>7} "
            f"{r['jobs_ratio']:>5.2f} "
            f"{r['proc'] / r['parse']:>6.2f} "
            f"{r['rss']:>6.1f} {ms(r['verdict']):>7} {r['vrss']:>6.1f} "
            f"{ms(r['report']):>7} {r['rrss']:>6.1f} {cjs_text} {ratio}"
        )
    print()
    print("Targets")
    if per_file_1000:
        r = per_file_1000
        print(
            f"  N=1,000: tfi check in process ≤ 2× parse floor: {r['check'] / r['parse']:.2f}× "
            f"→ {verdict(r['check'] / r['parse'] <= 2)}; whole process {r['proc'] / r['parse']:.2f}× "
            f"→ {verdict(r['proc'] / r['parse'] <= 2)}"
        )
        if r["cjs"] is not None:
            print(
                f"  N=1,000: ≥ 5× faster than check-jsonschema: {r['cjs'] / r['proc']:.1f}× "
                f"→ {verdict(r['cjs'] / r['proc'] >= 5)}"
            )
    if len(rows) > 1:  # issue 17: linear in the plans (10,000 plans at most 12x the time of 1,000)
        small, large = rows[-2], rows[-1]
        growth_n = large["n"] / small["n"]
        for key, name in (("proc", "check"), ("verdict", "verdict"), ("report", "report")):
            whole = large[key] * large["files"] / (small[key] * small["files"])
            print(
                f"  N={small['n']:,} → {large['n']:,}: tfi {name} took {whole:.1f}× the time for {growth_n:.0f}× "
                f"the plans (≤ {1.2 * growth_n:.0f}×): {verdict(whole <= 1.2 * growth_n)}; peak RSS "
                f"{large[{'proc': 'rss', 'verdict': 'vrss', 'report': 'rrss'}[key]] / small[{'proc': 'rss', 'verdict': 'vrss', 'report': 'rrss'}[key]]:.2f}× "
                f"(≤ 1.5×)"
            )
    big = [r for r in rows if r["n"] == 10_000]
    if per_file_1000 and big:
        growth = big[0]["check"] / per_file_1000["check"]
        print(f"  N=10,000: time per file within 1.2× of N≈1,000: {growth:.2f}× → {verdict(growth <= 1.2)}")
        print(
            f"  peak memory N=1,000 → N=10,000: traced {per_file_1000['peak']:.1f} → {big[0]['peak']:.1f} MiB, "
            f"RSS {per_file_1000['rss']:.1f} → {big[0]['rss']:.1f} MiB"
        )
    elif len(rows) > 1:
        print(
            f"  peak memory from N={rows[0]['n']} to N={rows[-1]['n']}: traced {rows[0]['peak']:.1f} → "
            f"{rows[-1]['peak']:.1f} MiB, RSS {rows[0]['rss']:.1f} → {rows[-1]['rss']:.1f} MiB "
            "(run with --large for the 10,000 scaling target)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
