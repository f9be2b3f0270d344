"""Smart pointers, the Python side: every object is counted, shared and mutable; cycles wait for
the collector; threads share anything."""

import gc
import sys

import pytest

from ch07_ownership.smart_pointers import (
    census,
    pair_after_its_owners_go,
    pass_the_list,
    release_the_names,
    shared_and_mutable,
    sums_in_threads,
    three_names,
    two_writers,
)


@pytest.mark.skipif(sys.implementation.name != "cpython", reason="reference counts are CPython's")
def test_three_names_are_three_references_to_one_list() -> None:
    assert three_names() == (3, True)


@pytest.mark.skipif(sys.implementation.name != "cpython", reason="reference counts are CPython's")
def test_the_list_is_freed_when_the_last_name_goes() -> None:
    assert release_the_names() == "3 → 1 → freed"


@pytest.mark.usefixtures("collector_off")
def test_the_cycle_collector_frees_a_cycle_that_refcounting_cannot() -> None:
    events: list[str] = []
    pair_after_its_owners_go("strong", events)
    assert census(events) == "alive: a, b | freed: -"
    gc.collect()
    assert census(events) == "alive: - | freed: a, b"


@pytest.mark.usefixtures("collector_off")
def test_a_weakref_back_link_lets_refcounting_free_the_pair() -> None:
    events: list[str] = []
    pair_after_its_owners_go("weak", events)
    assert census(events) == "alive: - | freed: a, b"


def test_threads_share_a_list_without_any_wrapper() -> None:
    assert sums_in_threads(4) == [6, 6, 6, 6]


def test_two_names_mutating_one_list_is_never_checked() -> None:
    assert two_writers() == "no check: both names wrote, 44"
    assert shared_and_mutable() == "[1, 2, 3, 4]"


def test_the_handle_kernel_makes_every_call() -> None:
    assert pass_the_list(1000) == 3000
