"""Memory on the Python side: reference counting frees trees at once, cycles only when collected."""

import gc
import time
import weakref

import pytest

from ch01_case_for_rust.ownership_tree import Node, lecture_tree, pair_after_del, wide_tree
from ch01_case_for_rust.test_gil import progress_of_another_thread_during


def allocations_that_trigger_collections() -> list[list[int]]:
    """Enough live container objects to run generation 0 and generation 1 collections many times
    over (a young object survives a gen-0 run into gen 1; gen 1 runs every `threshold1` gen-0
    runs). They must stay alive: a freed container takes its count back."""
    threshold0, threshold1, _ = gc.get_threshold()
    return [[] for _ in range(4 * threshold0 * (threshold1 + 1))]


@pytest.mark.usefixtures("restore_gc")
def test_the_cycle_outlives_del() -> None:
    gc.disable()
    log: list[str] = []
    root_ref, child_ref = pair_after_del("strong", log)
    assert root_ref() is not None
    assert child_ref() is not None
    assert log == [], "no __del__ ran: both counts are still above zero"


@pytest.mark.usefixtures("restore_gc")
def test_gc_collect_frees_the_cycle() -> None:
    gc.disable()
    log: list[str] = []
    root_ref, child_ref = pair_after_del("strong", log)
    assert root_ref() is not None
    gc.collect()
    assert root_ref() is None
    assert child_ref() is None
    assert sorted(log) == ["child", "root"]


@pytest.mark.usefixtures("restore_gc")
def test_with_the_collector_disabled_the_cycle_stays_however_much_is_allocated() -> None:
    gc.disable()
    log: list[str] = []
    root_ref, _ = pair_after_del("strong", log)
    garbage = allocations_that_trigger_collections()
    assert root_ref() is not None, f"{len(garbage)} allocations later, the cycle is still there"
    assert log == []


@pytest.mark.usefixtures("restore_gc")
def test_the_running_collector_frees_the_cycle_when_unrelated_allocations_trigger_it() -> None:
    # "At a time you don't choose": the cycle goes during some later allocation, not at `del`.
    gc.enable()
    log: list[str] = []
    root_ref, _ = pair_after_del("strong", log)
    allocations_that_trigger_collections()
    assert root_ref() is None
    assert sorted(log) == ["child", "root"]


@pytest.mark.usefixtures("restore_gc")
def test_a_weakref_parent_lets_refcounting_free_the_pair_at_del() -> None:
    gc.disable()
    log: list[str] = []
    root_ref, child_ref = pair_after_del("weak", log)
    assert root_ref() is None
    assert child_ref() is None
    assert log == ["root", "child"]


def test_a_weak_parent_is_reachable_while_it_lives() -> None:
    root = lecture_tree([], "weak")
    child = root.children[0]
    assert child.parent is root
    del root
    assert child.parent is None


@pytest.mark.usefixtures("restore_gc")
def test_cpython_frees_a_list_of_children_last_first() -> None:
    # Refcounting frees an acyclic tree at once, parent first (its __del__ runs before its
    # attributes are released), and a list releases its items from the end: a CPython detail.
    # Rust promises only the parent-before-children part (a Vec's element order is not promised).
    gc.disable()
    log: list[str] = []
    root = wide_tree(log)
    assert isinstance(root, Node)
    ref = weakref.ref(root)
    del root
    assert ref() is None
    assert log == ["root", "b", "a", "a1"]


@pytest.mark.usefixtures("restore_gc")
def test_a_full_collection_is_a_pause_that_stops_every_python_thread() -> None:
    # The lecture's "GC pause overhead", shown without a clock: while gc.collect() walks a heap
    # of cycles, no other Python thread takes a single step, and the work grows with the heap.
    gc.disable()
    gc.collect()
    log: list[str] = []
    for _ in range(30_000):
        parent = Node("parent", log)
        parent.add_child(Node("child", log))
    del parent
    found: list[int] = []
    start = time.perf_counter()
    steps = progress_of_another_thread_during(lambda: found.append(gc.collect()))
    print(f"gc.collect() of 30 000 parent-child cycles: {time.perf_counter() - start:.3f} s")
    assert found[0] >= 60_000
    assert len(log) == 60_000, "every node was freed by that one collection"
    assert steps == 0
