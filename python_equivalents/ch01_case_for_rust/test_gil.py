"""Section 3 on the Python side: the four parallel shapes agree, and the sums are exact."""

import hashlib
import os
import sys
import sysconfig
import threading
import time
from collections.abc import Callable, Iterator
from multiprocessing import Pool
from multiprocessing.pool import Pool as PoolType

import numpy as np
import pytest

from ch01_case_for_rust import gil_threads
from ch01_case_for_rust.gil_threads import (
    LECTURE_SIZE,
    TASKS,
    cpu_work,
    numpy_cpu_work,
    sequential,
    sum_of_squares_formula,
    tasks,
    with_lock,
    with_threads,
)

GIL_ENABLED = getattr(sys, "_is_gil_enabled", lambda: True)()

# Different sizes per task, so that results coming back in the wrong order would show.
MIXED_TASKS = [0, 1, 12_345, 3_000]


def test_cpu_work_is_exact_beyond_64_bits() -> None:
    # The lecture's Rust version overflows u64 here; Python's int just grows.
    total = cpu_work(LECTURE_SIZE)
    assert total == 333_333_283_333_335_000_000
    assert total == sum_of_squares_formula(LECTURE_SIZE)
    assert total > 2**64 - 1


def test_threads_give_the_sequential_results_in_task_order() -> None:
    assert with_threads(MIXED_TASKS) == sequential(MIXED_TASKS)


def test_lock_collects_every_thread_result() -> None:
    assert with_lock(MIXED_TASKS) == [sum_of_squares_formula(n) for n in MIXED_TASKS]


@pytest.fixture(scope="module")
def pool() -> Iterator[PoolType]:
    """The lecture's Pool(4), started once for the tests that use it."""
    with Pool(4) as workers:
        yield workers


def test_pool_map_gives_the_sequential_results(pool: PoolType) -> None:
    assert pool.map(cpu_work, MIXED_TASKS) == sequential(MIXED_TASKS)


def test_pool_map_pickles_every_argument_and_result(pool: PoolType) -> None:
    # The pickling the lecture mentions: what goes to a worker process is a copy made by
    # pickle, so an object pickle cannot handle cannot go at all.
    payload = {"numbers": list(range(1_000))}
    [back] = pool.map(copy_of, [payload])
    assert back == payload
    assert back is not payload
    with pytest.raises(TypeError, match=r"cannot pickle '_thread\.lock' object"):
        pool.map(copy_of, [threading.Lock()])


def copy_of(value: object) -> object:
    return value


# Counted in this (the parent) process: how often a Tracked was pickled here to be sent, and how
# often one was rebuilt here from a worker's pickle.
CROSSINGS = {"pickled_here": 0, "rebuilt_here": 0}


def rebuild_tracked(payload: bytes) -> "Tracked":
    CROSSINGS["rebuilt_here"] += 1
    return Tracked(payload)


class Tracked:
    """A value that counts its trips through pickle, on the side of the process that sees them."""

    def __init__(self, payload: bytes) -> None:
        self.payload = payload

    def __reduce__(self) -> tuple[Callable[[bytes], "Tracked"], tuple[bytes]]:
        CROSSINGS["pickled_here"] += 1
        return rebuild_tracked, (self.payload,)


def same_tracked(value: Tracked) -> Tracked:
    return value


def test_pool_map_pickles_each_argument_here_and_rebuilds_each_result_here(pool: PoolType) -> None:
    # The price the lecture names, counted instead of timed: every argument is pickled in this
    # process to reach a worker, and every result comes back as a pickle rebuilt here, so each
    # task pays for serialising its data twice, in proportion to its size.
    CROSSINGS.update(pickled_here=0, rebuilt_here=0)
    sent = [Tracked(bytes([n]) * 100_000) for n in range(6)]
    back = pool.map(same_tracked, sent)
    assert CROSSINGS == {"pickled_here": 6, "rebuilt_here": 6}
    assert [t.payload for t in back] == [t.payload for t in sent]
    assert all(b is not s for b, s in zip(back, sent, strict=True))


@pytest.mark.parametrize("n", [0, 1, 2, 3, 1_000, 200_000])
def test_numpy_matches_cpu_work(n: int) -> None:
    assert numpy_cpu_work(n) == cpu_work(n)


def test_numpy_is_exact_where_an_int64_sum_would_overflow() -> None:
    i = np.arange(LECTURE_SIZE, dtype=np.int64)
    # The naive vectorised sum wraps around silently, like the lecture's Rust in release.
    assert int((i * i).sum()) != sum_of_squares_formula(LECTURE_SIZE)
    assert numpy_cpu_work(LECTURE_SIZE) == sum_of_squares_formula(LECTURE_SIZE)


def test_tasks_are_the_lecture_four() -> None:
    assert tasks(7) == [7] * TASKS == [7, 7, 7, 7]


def test_gil_status_names_the_interpreter_build() -> None:
    status = gil_threads.gil_status()
    free_threaded = bool(sysconfig.get_config_var("Py_GIL_DISABLED"))
    assert status.endswith(", free-threaded build") == free_threaded
    gil = getattr(sys, "_is_gil_enabled", lambda: True)()
    assert status.startswith("enabled") == gil
    if not hasattr(sys, "_is_gil_enabled"):
        assert status.startswith("enabled (no free-threaded build before 3.13); ")
    assert sys.version.split()[0] in status


def test_gil_status_reports_a_free_threaded_interpreter(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "_is_gil_enabled", lambda: False, raising=False)
    assert gil_threads.gil_status().startswith("disabled")
    monkeypatch.setattr(sys, "_is_gil_enabled", lambda: True, raising=False)
    assert gil_threads.gil_status().startswith("enabled;")


def test_cores_counts_the_cpus_this_process_may_use() -> None:
    assert 1 <= gil_threads.cores() <= (os.cpu_count() or 1)


def progress_of_another_thread_during(call: Callable[[], object]) -> int:
    """How many loop steps a second Python thread makes while ``call`` runs in this one.

    The switch interval is made huge, so this thread never hands the GIL over on request: the
    other thread can run only while ``call`` itself releases the GIL. No time is measured."""
    counter = 0
    stop = threading.Event()

    def spin() -> None:
        nonlocal counter
        while not stop.is_set():
            counter += 1
            time.sleep(0)  # gives the GIL back at once, so this thread never starves the caller

    interval = sys.getswitchinterval()
    spinner = threading.Thread(target=spin)
    sys.setswitchinterval(1_000.0)
    try:
        spinner.start()
        while counter == 0:
            time.sleep(0.001)
        before = counter
        call()
        return counter - before
    finally:
        stop.set()
        sys.setswitchinterval(interval)
        spinner.join()


@pytest.mark.skipif(not GIL_ENABLED, reason="a free-threaded interpreter runs both at once")
def test_c_code_that_holds_the_gil_stops_every_other_python_thread() -> None:
    # sum() over a range is a C loop that never lets the GIL go: nothing else runs meanwhile.
    assert progress_of_another_thread_during(lambda: sum(range(5_000_000))) == 0


def test_c_code_that_releases_the_gil_lets_other_threads_run() -> None:
    # hashlib releases the GIL while it hashes a buffer of 2 KiB or more: the other thread runs.
    data = bytes(64_000_000)
    assert progress_of_another_thread_during(lambda: hashlib.sha256(data).digest()) > 0


def test_a_thread_blocked_on_io_does_not_hold_the_gil() -> None:
    # The first thread waits in os.read on its pipe while the second thread reads its own pipe
    # and then writes to the first one: both I/O waits overlap, and neither stops the other.
    first_r, first_w = os.pipe()
    second_r, second_w = os.pipe()
    got: dict[str, bytes] = {}

    def first() -> None:
        got["first"] = os.read(first_r, 10)

    def second() -> None:
        got["second"] = os.read(second_r, 10)
        os.write(first_w, b"relayed")

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    os.write(second_w, b"hello")
    for thread in threads:
        thread.join(timeout=60)
    for fd in (first_r, first_w, second_r, second_w):
        os.close(fd)
    assert got == {"first": b"relayed", "second": b"hello"}
