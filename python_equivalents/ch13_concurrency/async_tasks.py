"""Section 3, async/await and multiprocessing: the twin of ``src/bin/async_tasks.rs``."""

from __future__ import annotations

import asyncio
import contextlib
from multiprocessing import Pool

from demo_report import Report, parse_args


async def task(log: list[str]) -> None:
    try:
        log.append("started")
        await asyncio.sleep(0)
        log.append("finished")
    finally:
        log.append("cleanup")


def lazy_until_run() -> str:
    """Calling a coroutine function runs none of its body; one step runs it to its first await."""
    log: list[str] = []
    coroutine = task(log)
    before = len(log)
    coroutine.send(None)  # one step, as one poll; it stops at the await (pending)
    seen = f"steps logged before the first poll: {before}; after it: [{', '.join(log)}]"
    coroutine.close()
    return seen


async def cancel_after_one_step() -> list[str]:
    log: list[str] = []
    running = asyncio.create_task(task(log))
    await asyncio.sleep(0)  # the task runs to its first await
    running.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await running
    return log


def heavy_computation(item: int) -> int:
    """The Rust side's stand-in; ``acc`` stays below 1_000_003, so its wrapping never triggers."""
    acc = item
    for k in range(1000):
        acc = (acc * 31 + k) % 1_000_003
    return acc


def demo(report: Report) -> None:
    report.say("A task (log, await once, log) created but not yet run, then run one step:")
    report.result("lazy_until_polled", lazy_until_run())
    report.say("\nThe same task run one step, then cancelled (task.cancel()):")
    report.result("cancelled", ", ".join(asyncio.run(cancel_after_one_step())))
    items = list(range(64))
    sequential = [heavy_computation(item) for item in items]
    with Pool(2) as pool:
        parallel = pool.map(heavy_computation, items)
    report.say("\nA loop against Pool.map, 64 items:")
    report.result("sequential_sum", sum(sequential))
    report.result("parallel_same_order", str(sequential == parallel).lower())


if __name__ == "__main__":
    options = parse_args("async_tasks", "lazy coroutines, cancellation, Pool.map")
    demo(Report("async_tasks", json_lines=options.json))
