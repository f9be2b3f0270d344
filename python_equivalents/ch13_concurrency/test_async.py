"""Section 3: asyncio and Pool. Ledger: ``async/*``, ``rayon/python-pool-block``,
``primitives/pool-threadpool``, ``gil/multiprocessing-block``."""

import asyncio
import os
import subprocess
import sys
import threading
from multiprocessing import Pool

from ch13_concurrency.async_tasks import cancel_after_one_step

LECTURE_POOL_BLOCK = """
from multiprocessing import Pool

def process_item(item):
    return heavy_computation(item)

with Pool(8) as pool:
    results = pool.map(process_item, items)
"""


def test_every_task_runs_on_the_event_loop_thread() -> None:
    async def where() -> int:
        await asyncio.sleep(0)
        return threading.get_ident()

    async def main() -> set[int]:
        return set(await asyncio.gather(*(where() for _ in range(5))))

    assert asyncio.run(main()) == {threading.get_ident()}


def test_cpu_work_without_await_holds_up_the_other_task() -> None:
    events: list[str] = []

    async def ticker() -> None:
        await asyncio.sleep(0)
        events.append("tick")

    async def cpu() -> None:
        events.append("cpu start")
        sum(i * i for i in range(200_000))
        events.append("cpu done")

    async def main() -> None:
        await asyncio.gather(ticker(), cpu())

    asyncio.run(main())
    assert events == ["cpu start", "cpu done", "tick"]


def test_cancel_raises_at_the_await_and_runs_finally() -> None:
    assert asyncio.run(cancel_after_one_step()) == ["started", "cleanup"]


def test_pool_workers_are_other_processes() -> None:
    with Pool(2) as pool:
        pids = set(pool.map(_pid, range(4)))
    assert os.getpid() not in pids


def _pid(_: int) -> int:
    return os.getpid()


def test_the_lecture_pool_block_names_undefined_names() -> None:
    ran = subprocess.run(
        [sys.executable, "-c", LECTURE_POOL_BLOCK], capture_output=True, text=True, timeout=60
    )
    assert ran.returncode != 0
    assert "NameError: name 'items' is not defined" in ran.stderr
