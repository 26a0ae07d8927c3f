"""Worker processes for `tfi check --jobs N`: items handled in parallel, answers in order, a clean stop.

Not `multiprocessing.Pool`: its workers share one task pipe behind one lock, and a
worker killed while it holds that lock (SIGTERM to the whole process group, as a CI
runner or `kill -- -PGID` sends; the OOM killer) leaves `Pool.terminate`, and so tfi,
waiting for ever: 16 of 60 runs hung, SIGTERM sent to the group of `tfi check --jobs 2`
on 200 plans. Here each worker has a pipe of its own and nothing is shared: a worker
that dies is seen as the end of its pipe (`WorkerLost`), and stopping is closing the
pipes and SIGTERM, with nothing to wait for but the workers' own exit.

Signals: SIGINT and SIGTERM are blocked while a worker is forked (one arriving during
the fork left a half-made worker hung for ever, "Exception ignored in _after_fork");
a worker ignores SIGINT (Ctrl-C reaches the whole group: the main process decides) and
dies at once on SIGTERM.

Chunk k goes to worker k mod N, so answers are read in order without sorting; a worker
has AHEAD chunks waiting, so it never idles while the main process runs the
cross-file rules.
"""

from __future__ import annotations

import signal
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

from ..i18n import t

Item = TypeVar("Item")
Answer = TypeVar("Answer")

CHUNK = 8  # items a message: as `Pool.imap(chunksize=8)` before, whose figures hold
AHEAD = 2  # chunks sent to a worker before its first answer is read
STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)


class WorkerLost(Exception):
    """A worker process ended before it answered: killed by a signal (`signal`), or it crashed."""

    def __init__(self, exitcode: int | None) -> None:
        self.signal = -exitcode if exitcode is not None and exitcode < 0 else None
        super().__init__(
            t("killed by signal {number}", number=self.signal)
            if self.signal
            else t("it ended with exit code {code}", code=exitcode)
        )


def ordered_map(
    function: Callable[[Item], Answer],
    items: Sequence[Item],
    jobs: int,
    start: Callable[..., None],
    start_args: tuple[Any, ...],
) -> Iterator[Answer]:
    """`function(item)` for each item, computed in `jobs` worker processes, yielded in the items' order.

    `start(*start_args)` runs once in each worker first. An exception raised by `function` is raised
    here; a worker that dies raises WorkerLost. Leaving the iterator early (an exception, `close()`)
    stops every worker.
    """
    chunks = [list(items[index : index + CHUNK]) for index in range(0, len(items), CHUNK)]
    blocked = _block_stop_signals()
    try:
        pipes, processes = _start_workers(min(jobs, len(chunks)), function, start, start_args)
    except BaseException:
        _restore(blocked)
        raise
    count = len(pipes)
    try:
        _restore(blocked)  # a signal that came while forking is raised here, and `finally` stops the workers
        sent = min(len(chunks), AHEAD * count)
        for first in range(sent):
            _send(pipes[first % count], processes[first % count], chunks[first])
        for index in range(len(chunks)):
            worker = index % count
            answer = _receive(pipes[worker], processes[worker])
            if sent < len(chunks):  # chunk `sent` belongs to the worker that just answered
                _send(pipes[worker], processes[worker], chunks[sent])
                sent += 1
            yield from answer
    finally:
        _stop(pipes, processes)


def _start_workers(
    count: int, function: Callable[[Any], Any], start: Callable[..., None], start_args: tuple[Any, ...]
) -> tuple[list[Any], list[Any]]:
    import multiprocessing  # here, not at the top: cli.py imports WorkerLost on every command (8 ms)

    methods = multiprocessing.get_all_start_methods()
    # fork: the workers start with everything imported (spawn would import tfi_rules again in each).
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    pipes: list[Any] = []
    processes: list[Any] = []
    try:
        for _ in range(count):
            ours, theirs = context.Pipe()
            # A forked worker holds copies of the earlier workers' pipe ends: it closes them, so a
            # worker's death reaches the main process as the end of its pipe.
            process = context.Process(
                target=_serve, args=(theirs, pipes[:] + [ours], function, start, start_args), daemon=True
            )
            process.start()
            theirs.close()
            pipes.append(ours)
            processes.append(process)
    except BaseException:
        _stop(pipes, processes)
        raise
    return pipes, processes


def _send(pipe: Any, process: Any, chunk: list[Any]) -> None:
    try:
        pipe.send(chunk)
    except OSError:  # not BrokenPipeError to the caller: tfi would take it for a closed standard output
        process.join(1)
        raise WorkerLost(process.exitcode) from None


def _receive(pipe: Any, process: Any) -> list[Any]:
    try:
        ok, answer = pipe.recv()
    except (EOFError, OSError):
        process.join(1)
        raise WorkerLost(process.exitcode) from None
    if not ok:
        raise answer
    return answer


def _stop(pipes: list[Any], processes: list[Any]) -> None:
    for pipe in pipes:
        pipe.close()  # a worker waiting for work sees the end of its pipe and returns
    for process in processes:
        process.terminate()  # one in the middle of a chunk dies at once (SIGTERM, default action)
    for process in processes:
        process.join()


def _serve(
    pipe: Any,
    others: list[Any],
    function: Callable[[Any], Any],
    start: Callable[..., None],
    start_args: tuple[Any, ...],
) -> None:
    """A worker: answer chunks until the main process closes the pipe or is gone."""
    for other in others:
        other.close()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if hasattr(signal, "pthread_sigmask"):  # forked with both blocked
        signal.pthread_sigmask(signal.SIG_UNBLOCK, set(STOP_SIGNALS))
    start(*start_args)
    while True:
        try:
            chunk = pipe.recv()
        except (EOFError, OSError):
            return
        try:
            answer: tuple[bool, Any] = (True, [function(item) for item in chunk])
        except Exception as error:  # noqa: BLE001 - a bug in tfi: raised again in the main process (exit 4)
            answer = (False, error)
        try:
            pipe.send(answer)
        except (EOFError, OSError):  # the main process stopped reading: nothing to tell it
            return
        except Exception as error:  # noqa: BLE001 - the answer cannot be pickled: say what it was
            pipe.send((False, RuntimeError(f"{type(error).__name__}: {error}")))


def _block_stop_signals() -> Any:
    """Block SIGINT and SIGTERM in this thread; the previous mask, or None where signals cannot be blocked."""
    if not hasattr(signal, "pthread_sigmask"):  # Windows: no fork either
        return None
    return signal.pthread_sigmask(signal.SIG_BLOCK, set(STOP_SIGNALS))


def _restore(mask: Any) -> None:
    if mask is not None:
        signal.pthread_sigmask(signal.SIG_SETMASK, mask)
