"""Section 4, the case study's start-up cost: the twin of ``src/bin/pool_startup.rs``.

The same job on both sides: start SIZE workers, hand each one number, collect, shut down.
``ThreadPoolExecutor`` pairs with Rust's threads, ``multiprocessing.Pool`` (the default start
method: fork on Linux up to 3.13) with a Rayon pool. Given a SIZE larger than the default, the
pool is also timed under the ``spawn`` start method (macOS's and Windows' default) and
``forkserver`` (Linux's default since 3.14), as one-sided results.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from functools import partial

import demo_report
from demo_report import Report, parse_args

LECTURE_WORKERS = 16
DEFAULT_WORKERS = 2
REPETITIONS = 3


def threads(workers: int) -> list[int]:
    with ThreadPoolExecutor(max_workers=workers) as executor:
        return list(executor.map(abs, [-n for n in range(workers)]))


def process_pool(workers: int, method: str | None = None) -> list[int]:
    context = multiprocessing.get_context(method)
    with context.Pool(workers) as pool:
        return pool.map(abs, [-n for n in range(workers)])


def summary(results: list[int]) -> str:
    return f"{len(results)} results, sum {sum(results)}"


def median_seconds(work: Callable[[], list[int]]) -> tuple[list[int], float]:
    return demo_report.median_seconds(REPETITIONS, work)


def run(report: Report, workers: int) -> None:
    report.say(
        f"Start {workers} workers, give each one number, collect, shut down "
        f"(the lecture's pool has {LECTURE_WORKERS}; `cargo xtask bench 13 pool_startup`):"
    )
    results, seconds = median_seconds(lambda: threads(workers))
    report.timed("threads", summary(results), seconds)
    results, seconds = median_seconds(lambda: process_pool(workers))
    report.timed("pool", summary(results), seconds)
    if workers > DEFAULT_WORKERS:
        for method in ("spawn", "forkserver"):
            results, seconds = median_seconds(partial(process_pool, workers, method))
            report.extra(f"pool_{method}", summary(results), "case/pool-startup", seconds)


def demo(report: Report) -> None:
    run(report, DEFAULT_WORKERS)


if __name__ == "__main__":
    options = parse_args("pool_startup", "start a pool of SIZE workers, one job each, shut down")
    run(Report("pool_startup", json_lines=options.json), options.size or DEFAULT_WORKERS)
