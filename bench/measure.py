"""How the benchmarks start and measure `tfi` (bench/run.py and bench/memory.py): one way for both.

`tfi_argv(*args)` starts this checkout's `tfi` as the installed program does (`from cli import main`,
`sys.argv[0]` = "tfi"), from this repository whatever is installed or on PATH, and without setting
PYTHONPATH for anything else: a fresh interpreter that puts the repository first on its own sys.path.

`run_process(argv, cwd)` measures one whole process: wall time, peak RSS and exit code.
A child's peak RSS as Linux reports it (`ru_maxrss`) starts from the size of the process it was forked
from: a child of a 357 MiB benchmark reports at least 357 MiB, whatever it uses itself (seen when
bench/run.py, holding a 10,000-plan corpus, called bench/memory.py: every command "peaked" at the same
357.2 MiB). So each measured process is started by its own small wrapper, a fresh interpreter: what the
wrapper's children report is their own peak. RUSAGE_CHILDREN is the largest child the wrapper has
waited for, and the wrapper waits for just one.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

# What the installed `tfi` script does (its `import re` aside), with this repository first on sys.path.
_LAUNCH = f"import sys; sys.path.insert(0, {str(REPO)!r}); sys.argv[0] = 'tfi'; from cli import main; main()"

_WRAPPER = r"""
import resource, subprocess, sys, time
start = time.perf_counter()
code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
elapsed = time.perf_counter() - start
print(elapsed, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, code)
"""


def tfi_argv(*args: str) -> list[str]:
    """The command line that runs `tfi ARGS` from this repository."""
    return [sys.executable, "-c", _LAUNCH, *args]


def run_process(argv: list[str], cwd: Path) -> tuple[float, float, int]:
    """Wall time (s), peak RSS (MiB) and exit code of one whole process, run under its own wrapper."""
    out = subprocess.run([sys.executable, "-c", _WRAPPER, *argv], cwd=cwd, capture_output=True, text=True, check=True)
    elapsed, rss_kib, code = out.stdout.split()
    return float(elapsed), int(rss_kib) / 1024, int(code)
