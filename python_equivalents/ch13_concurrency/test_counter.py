"""Section 1 and the exercise: the lecture's unlocked counter on CPython. Ledger:
``gil/counter-might-not-be-4m``, ``gil/threads-same-time-as-one`` (counts only),
``gil/multiprocessing-block``, ``exercise/counter-needs-mutex``."""

import dis
import subprocess
import sys
import threading

import pytest

from ch13_concurrency import atomic_counter
from ch13_concurrency.atomic_counter import split_read_write

# The lecture's Pool lines ("Python's GIL Problem", ../shared/course/ch13-concurrency.md line 58)
# hand Pool.map a worker and a list that nothing defines. This script makes the same call on the
# same two undefined names, written as a script that may use a Pool must be (the main guard).
POOL_ON_UNDEFINED_NAMES = """
import multiprocessing

if __name__ == "__main__":
    with multiprocessing.Pool(2) as workers:
        print(workers.map(cpu_work, data))
"""


@pytest.mark.skipif(sys.version_info[:2] != (3, 11), reason="the switch points are 3.11's")
def test_the_lecture_counter_loses_nothing_on_cpython_3_11() -> None:
    assert atomic_counter.threads(1_000_000) == 4000000


def test_counter_plus_equals_is_a_load_an_add_and_a_store() -> None:
    steps = [(ins.opname, ins.argval) for ins in dis.get_instructions(atomic_counter.increment)]
    load = steps.index(("LOAD_GLOBAL", "counter"))
    # Four separate instructions, the back edge only after the store: a thread switch can come
    # between iterations, and nothing but a switch inside the statement could lose an update.
    assert [op for op, _ in steps[load : load + 5]] == [
        "LOAD_GLOBAL",
        "LOAD_CONST",
        "BINARY_OP",
        "STORE_GLOBAL",
        "JUMP_BACKWARD",
    ]
    assert steps[load + 3] == ("STORE_GLOBAL", "counter")


def test_a_read_then_write_interleaved_by_a_barrier_loses_an_update() -> None:
    assert split_read_write() == 1


def test_sequential_threads_and_local_counts_agree() -> None:
    n = 20_000
    assert atomic_counter.sequential(n) == atomic_counter.threads(n) == 4 * n
    assert atomic_counter.threads_local(n) == atomic_counter.sequential_local(n) == 4 * n


def test_pool_map_of_an_undefined_worker_is_a_name_error() -> None:
    ran = subprocess.run(
        [sys.executable, "-c", POOL_ON_UNDEFINED_NAMES], capture_output=True, text=True, timeout=60
    )
    assert ran.returncode != 0
    assert "NameError: name 'cpu_work' is not defined" in ran.stderr


@pytest.mark.skipif(sys.version_info[:2] != (3, 11), reason="the switch points are 3.11's")
def test_the_exercise_counter_without_a_lock_is_exact_on_cpython_3_11() -> None:
    count = 0

    def work() -> None:
        nonlocal count
        for _ in range(1000):
            count += 1

    workers = [threading.Thread(target=work) for _ in range(10)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert count == 10000


def test_gil_threads_take_turns_rather_than_run_one_after_another() -> None:
    # CPython asks the running thread to hand the GIL over after this long (the default, 5 ms);
    # each thread below runs for far longer than that.
    assert sys.getswitchinterval() == 0.005
    progress: list[int] = []

    def work(ident: int) -> None:
        for step in range(2_000_000):
            if step % 50_000 == 0:
                progress.append(ident)

    workers = [threading.Thread(target=work, args=(ident,)) for ident in range(2)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    first_thread_last_step = len(progress) - 1 - progress[::-1].index(0)
    assert progress.index(1) < first_thread_last_step, progress
