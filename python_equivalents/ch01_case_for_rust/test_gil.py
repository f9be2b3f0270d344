"""Section 3 on the Python side: the four parallel shapes agree, and the sums are exact."""

import os
import sys
from multiprocessing import Pool

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


def test_pool_map_gives_the_sequential_results() -> None:
    with Pool(2) as pool:
        assert pool.map(cpu_work, MIXED_TASKS) == sequential(MIXED_TASKS)


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
