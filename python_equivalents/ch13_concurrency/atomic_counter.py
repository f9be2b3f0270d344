"""Section 1, no GIL: the twin of ``src/bin/atomic_counter.rs``.

The lecture's counter: four threads each run ``counter += 1`` on one global. On CPython's default
build the GIL runs one thread at a time, so the threads give no speedup; and since 3.10 a thread
is only switched out at a loop's back edge or a call, never inside ``counter += 1``, so no
increment is lost either. The statement is still three steps (load, add, store): when something
does interleave them (here a barrier; on a free-threaded build, the hardware), updates are lost.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import partial

import demo_report
from demo_report import Report, parse_args

# A wait that a bug would leave hanging raises instead (BrokenBarrierError, queue.Empty).
WAIT_LIMIT = 30.0

THREADS = 4
LECTURE_INCREMENTS = 1_000_000
DEFAULT_INCREMENTS = 100_000
REPETITIONS = 3

counter = 0


def increment(n: int) -> None:
    """The lecture's worker, unchanged: ``counter += 1`` on a module global, with no lock."""
    global counter
    for _ in range(n):
        counter += 1


def sequential(increments: int) -> int:
    """The same number of increments, on this thread alone: the baseline."""
    global counter
    counter = 0
    increment(THREADS * increments)
    return counter


def threads(increments: int) -> int:
    """The lecture's program: four threads running ``increment``."""
    global counter
    counter = 0
    workers = [threading.Thread(target=increment, args=(increments,)) for _ in range(THREADS)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    return counter


def sequential_local(increments: int) -> int:
    """One thread counting all the increments in a local variable: ``threads_local``'s baseline."""
    local = 0
    for _ in range(THREADS * increments):
        local += 1
    return local


def threads_local(increments: int) -> int:
    """Each thread counts in a local variable and adds its total once, under a lock."""
    total = 0
    lock = threading.Lock()

    def work() -> None:
        nonlocal total
        local = 0
        for _ in range(increments):
            local += 1
        with lock:
            total += local

    workers = [threading.Thread(target=work) for _ in range(THREADS)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    return total


def split_read_write() -> int:
    """Two threads read the counter, wait for each other, then write what they read plus one."""
    shared = 0
    both_have_read = threading.Barrier(2, timeout=WAIT_LIMIT)

    def work() -> None:
        nonlocal shared
        seen = shared
        both_have_read.wait()
        shared = seen + 1

    workers = [threading.Thread(target=work) for _ in range(2)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    return shared


def median_seconds(work: Callable[[], int]) -> tuple[int, float]:
    return demo_report.median_seconds(REPETITIONS, work)


def run(report: Report, increments: int) -> None:
    report.say(f"{THREADS} threads x {increments} increments of one shared counter:")
    for case, work in [
        ("sequential", sequential),
        ("threads", threads),
        ("sequential_local", sequential_local),
        ("threads_local", threads_local),
    ]:
        count, seconds = median_seconds(partial(work, increments))
        report.timed(case, count, seconds)
    report.say(
        "\nRead, then write what was read plus one, two threads forced to interleave "
        "(a barrier between the read and the write):"
    )
    report.result("split_read_write", split_read_write())


def demo(report: Report) -> None:
    run(report, DEFAULT_INCREMENTS)


if __name__ == "__main__":
    options = parse_args(
        "atomic_counter",
        "four threads counting into one counter (SIZE = increments per thread)",
    )
    run(Report("atomic_counter", json_lines=options.json), options.size or DEFAULT_INCREMENTS)
