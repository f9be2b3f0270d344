"""Section 3: asyncio and Pool. Ledger: ``async/*``, ``rayon/python-pool-block``,
``primitives/pool-threadpool``, ``gil/multiprocessing-block``."""

import asyncio
import inspect
import multiprocessing
import os
import pickle
import socket
import subprocess
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from multiprocessing import Pool

# typeshed does not declare RemoteTraceback, though the module defines it (3.11 and later).
from multiprocessing.pool import RemoteTraceback  # type: ignore[attr-defined]

import pytest

from ch13_concurrency.async_tasks import cancel_after_one_step, heavy_computation

# The lecture's Pool block ("Simple Parallelism with Rayon", ../shared/course/ch13-concurrency.md
# line 305) maps `process_item`, which calls `heavy_computation`, over `items`; neither name is
# defined anywhere in it. This script keeps exactly those two gaps and nothing else wrong.
POOL_OVER_UNDEFINED_ITEMS = """
import multiprocessing


def process_item(item: int) -> int:
    return heavy_computation(item)


if __name__ == "__main__":
    with multiprocessing.Pool(2) as workers:
        print(workers.map(process_item, items))
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
    with Pool(4) as pool:
        pids = set(pool.map(_pid, range(4)))
    assert os.getpid() not in pids


def _pid(_: int) -> int:
    return os.getpid()


def test_pool_map_returns_the_loops_results_in_order() -> None:
    items = list(range(64))
    with Pool(2) as pool:
        spread = pool.map(heavy_computation, items)
    assert spread == [heavy_computation(item) for item in items]


def test_pool_map_over_undefined_items_is_a_name_error() -> None:
    ran = subprocess.run(
        [sys.executable, "-c", POOL_OVER_UNDEFINED_ITEMS],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert ran.returncode != 0
    assert "NameError: name 'items' is not defined" in ran.stderr


def test_await_outside_an_async_function_is_a_syntax_error() -> None:
    source = "def plain():\n    return await fetch_url('https://example.com')\n"
    with pytest.raises(SyntaxError, match="'await' outside async function"):
        compile(source, "<lecture>", "exec")

    async def fetch_url(url: str) -> int:
        return len(url)

    pending = fetch_url("https://example.com")
    assert inspect.iscoroutine(pending)
    assert asyncio.run(pending) == 19


# A lambda at module level: pickled by name, and its name, "<lambda>", cannot be looked up.
_MODULE_LAMBDA = lambda x: x  # noqa: E731


def test_pool_map_cannot_send_a_lambda() -> None:
    # 3.11 raises AttributeError for a local object; newer versions say PicklingError.
    refused = (pickle.PicklingError, AttributeError)
    with Pool(2) as pool, pytest.raises(refused, match="Can't pickle local object") as raised:
        pool.map(lambda x: x, [1, 2])
    assert "<lambda>" in str(raised.value)
    with Pool(2) as pool, pytest.raises(pickle.PicklingError, match="attribute lookup <lambda>"):
        pool.map(_MODULE_LAMBDA, [1, 2])


def _parse(text: str) -> int:
    return int(text)


def test_a_worker_exception_is_raised_again_with_its_remote_traceback() -> None:
    with Pool(2) as pool, pytest.raises(ValueError, match="invalid literal") as raised:
        pool.map(_parse, ["1", "two"])
    cause = raised.value.__cause__
    assert isinstance(cause, RemoteTraceback)
    assert "_parse" in str(cause)


def test_thread_pool_executor_workers_are_threads_of_this_process() -> None:
    def where(_: int) -> tuple[int, int]:
        return os.getpid(), threading.get_ident()

    with ThreadPoolExecutor(max_workers=2) as executor:
        places = set(executor.map(where, range(8)))
    assert {pid for pid, _ in places} == {os.getpid()}
    assert threading.get_ident() not in {ident for _, ident in places}


def test_a_task_waiting_on_a_socket_lets_the_others_run() -> None:
    events: list[str] = []

    async def main() -> None:
        loop = asyncio.get_running_loop()
        reader, writer = socket.socketpair()
        reader.setblocking(False)
        writer.setblocking(False)

        async def wait_for_data() -> None:
            events.append("waiting on the socket")
            data = await loop.sock_recv(reader, 16)
            events.append(f"received {data.decode()}")

        async def meanwhile() -> None:
            events.append("another task runs")
            await loop.sock_sendall(writer, b"ping")

        try:
            await asyncio.gather(wait_for_data(), meanwhile())
        finally:
            reader.close()
            writer.close()

    asyncio.run(main())
    assert events == ["waiting on the socket", "another task runs", "received ping"]


async def _parse_after_a_step(text: str) -> int:
    await asyncio.sleep(0)
    return int(text)


def test_gather_raises_a_task_error_or_returns_it_as_a_value() -> None:
    async def raised() -> tuple[int, int]:
        return await asyncio.gather(_parse_after_a_step("1"), _parse_after_a_step("two"))

    async def returned() -> tuple[int | BaseException, int | BaseException]:
        return await asyncio.gather(
            _parse_after_a_step("1"), _parse_after_a_step("two"), return_exceptions=True
        )

    with pytest.raises(ValueError, match="invalid literal"):
        asyncio.run(raised())
    one, two = asyncio.run(returned())
    assert one == 1
    assert isinstance(two, ValueError)


def _memory_kb(_: int) -> dict[str, int]:
    """This process's memory totals from Linux's /proc/<pid>/smaps_rollup, in kB."""
    totals: dict[str, int] = {}
    with open(f"/proc/{os.getpid()}/smaps_rollup", encoding="ascii") as rollup:
        for line in rollup:
            name, *value = line.split()
            if value[-1:] == ["kB"]:
                totals[name.rstrip(":")] = int(value[0])
    return totals


@pytest.mark.skipif(not os.path.exists("/proc/self/smaps_rollup"), reason="Linux's fork only")
def test_a_forked_worker_shares_most_of_its_memory_with_the_parent() -> None:
    with multiprocessing.get_context("fork").Pool(2) as pool:
        workers = pool.map(_memory_kb, range(2))
    for memory in workers:
        private = memory["Private_Clean"] + memory["Private_Dirty"]
        assert memory["Shared_Clean"] + memory["Shared_Dirty"] > 4 * private, memory
