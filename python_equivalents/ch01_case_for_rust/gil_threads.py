"""Section 3, the GIL: the twin of ``src/bin/gil_threads.rs``.

Four tasks of ``cpu_work(n)``, timed one after another, on four ``threading.Thread`` s and on a
``multiprocessing.Pool``. In CPython's default build only one thread runs bytecode at a time (the
Global Interpreter Lock), so the threads take as long as the loop; the processes do not share
an interpreter and run in parallel, after pickling the work and the results between them.
"""

from __future__ import annotations

import os
import platform
import sys
import sysconfig
import threading
from collections.abc import Callable
from multiprocessing import Pool
from typing import TypeVar

import numpy as np

import demo_report
from demo_report import Report, parse_args

TASKS = 4
LECTURE_SIZE = 10_000_000
DEFAULT_SIZE = 200_000
# Fewer than the Rust side's 5: at the lecture's n one run here takes seconds, there milliseconds.
REPETITIONS = 3
# The contrast cases only need to show that the code runs: a small n keeps them instant.
CONTRAST_SIZE = 1_000
INT64_MAX = int(np.iinfo(np.int64).max)

T = TypeVar("T")


def cpu_work(n: int) -> int:
    """The sum of ``i * i`` for ``i`` in ``range(n)``; Python's ints never overflow."""
    return sum(i * i for i in range(n))


def sum_of_squares_formula(n: int) -> int:
    """n(n - 1)(2n - 1) / 6: the same sum without the loop."""
    return n * (n - 1) * (2 * n - 1) // 6


def numpy_cpu_work(n: int) -> int:
    """``cpu_work`` vectorised, exact: numpy's int64 would overflow on the whole sum at the
    lecture's n (it needs 69 bits), so each block is small enough for its own sum to fit in
    int64, and the blocks are added as Python ints."""
    if n <= 1:
        return 0
    largest_square = (n - 1) ** 2
    if largest_square > INT64_MAX:
        raise OverflowError(f"({n} - 1)² does not fit in int64")
    block = max(1, min(1 << 20, INT64_MAX // largest_square))
    total = 0
    for start in range(0, n, block):
        i = np.arange(start, min(start + block, n), dtype=np.int64)
        total += int((i * i).sum())
    return total


def tasks(n: int) -> list[int]:
    """The same ``n`` for each of the four tasks."""
    return [n] * TASKS


def sequential(work: list[int]) -> list[int]:
    return [cpu_work(n) for n in work]


def with_threads(work: list[int]) -> list[int]:
    """One ``threading.Thread`` per task; each stores its result in its own slot."""
    results = [0] * len(work)

    def run(index: int, n: int) -> None:
        results[index] = cpu_work(n)

    threads = [threading.Thread(target=run, args=(i, n)) for i, n in enumerate(work)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def with_lock(work: list[int]) -> list[int]:
    """The shape of the Rust side's ``Arc<Mutex<Vec<_>>>``: one list, one lock, four threads."""
    results: list[tuple[int, int]] = []
    lock = threading.Lock()

    def run(index: int, n: int) -> None:
        value = cpu_work(n)
        with lock:
            results.append((index, value))

    threads = [threading.Thread(target=run, args=(i, n)) for i, n in enumerate(work)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return [value for _, value in sorted(results)]


def thread_reads_callers_list() -> str:
    """Rust refuses a thread that borrows a local ``Vec`` (E0373); here the list simply lives on
    for as long as the thread refers to it."""
    work = tasks(CONTRAST_SIZE)
    seen: list[int] = []
    thread = threading.Thread(target=lambda: seen.append(len(work)))
    thread.start()
    thread.join()
    return f"runs: the thread read the caller's list ({seen[0]} tasks), kept alive by its reference"


def threads_share_one_object() -> str:
    """Rust refuses to move an ``Rc`` into a thread (E0277): its count is not atomic. Every
    Python object is reference-counted, and the GIL keeps those counts right."""
    shared = tasks(CONTRAST_SIZE)
    sums: list[int] = []
    threads = [threading.Thread(target=lambda: sums.append(sum(shared))) for _ in range(TASKS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return f"runs: {len(sums)} threads used one list; the GIL guards its reference count"


def threads_append_without_lock() -> str:
    """Rust refuses ``push`` through an ``Arc<Vec<_>>`` without a lock (E0596); each
    ``list.append`` here holds the GIL, so nothing is lost."""
    results: list[int] = []
    work = tasks(CONTRAST_SIZE)
    threads = [threading.Thread(target=lambda n=n: results.append(cpu_work(n))) for n in work]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return f"runs: {len(results)} threads appended to one list with no lock, none lost"


def cores() -> int:
    """The CPUs this process may run on, which is what Rust's ``available_parallelism`` counts
    (``os.cpu_count()`` counts the machine's, ignoring the affinity mask)."""
    process_cpu_count: Callable[[], int | None] | None = getattr(os, "process_cpu_count", None)
    if process_cpu_count is not None:  # Python 3.13+
        return process_cpu_count() or 1
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def gil_status() -> str:
    """Whether this interpreter runs with the GIL, and which build it is."""
    is_gil_enabled: Callable[[], bool] | None = getattr(sys, "_is_gil_enabled", None)
    if is_gil_enabled is None:
        state = "enabled (no free-threaded build before 3.13)"
    elif is_gil_enabled():
        state = "enabled"
    else:
        state = "disabled: threads run Python code in parallel"
    build = f"{platform.python_implementation()} {platform.python_version()}"
    if sysconfig.get_config_var("Py_GIL_DISABLED"):
        build += ", free-threaded build"
    return f"{state}; {build}"


def median_seconds(work: Callable[[], T]) -> tuple[T, float]:
    """One warm-up run, then ``REPETITIONS`` timed runs: the last result and the median time."""
    return demo_report.median_seconds(REPETITIONS, work)


def joined(results: list[int]) -> str:
    return ",".join(map(str, results))


def demo(report: Report, n: int = DEFAULT_SIZE) -> None:
    machine_cores = cores()
    report.say(f"{TASKS} tasks of cpu_work({n}) on a machine with {machine_cores} cores:")
    report.result("cores", machine_cores)
    report.extra("gil", gil_status(), "gil/python-threads")

    work = tasks(n)
    results, one_by_one = median_seconds(lambda: sequential(work))
    report.timed("sequential", joined(results), one_by_one)
    results, threads = median_seconds(lambda: with_threads(work))
    report.timed("threads", joined(results), threads)
    # Like Rayon's pool, the processes are started once; the timing covers the work and the
    # pickling of tasks and results, not the start-up.
    with Pool(TASKS) as pool:
        results, pooled = median_seconds(lambda: pool.map(cpu_work, work))
    report.timed("pool", joined(results), pooled)
    results, vectorised = median_seconds(lambda: [numpy_cpu_work(task) for task in work])
    report.extra("numpy", joined(results), "gil/python-multiprocessing", vectorised)
    bound = min(TASKS, machine_cores)
    for how, seconds in (("threads", threads), ("processes", pooled)):
        speedup = one_by_one / seconds
        report.say(
            f"    {how}: speedup {speedup:.2f}x over one by one, efficiency "
            f"{100 * speedup / bound:.0f}% (the bound is {bound}x: min({TASKS} tasks, "
            f"{machine_cores} cores))"
        )
    report.say(f"    numpy, one core: speedup {one_by_one / vectorised:.1f}x over one by one")

    report.say("\nCollecting the results in one list shared by the threads, under a lock:")
    report.result("shared_results", joined(with_lock(work)))

    report.say("\nSharing without any ceremony (the GIL makes each step safe):")
    report.contrast("borrowed_list", thread_reads_callers_list(), "gil/send-sync")
    report.contrast("refcounted_object", threads_share_one_object(), "gil/send-sync")
    report.contrast("append_without_lock", threads_append_without_lock(), "gil/send-sync")


if __name__ == "__main__":
    options = parse_args(
        "gil_threads",
        "four tasks of CPU work, one by one, on threads and on a pool (SIZE = n of each task)",
    )
    demo(
        Report("gil_threads", json_lines=options.json),
        DEFAULT_SIZE if options.size is None else options.size,
    )
