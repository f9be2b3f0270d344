"""Memory on the Python side: reference counting frees trees at once, cycles only when collected."""

import gc
import weakref

import pytest

from ch01_case_for_rust.ownership_tree import Node, lecture_tree, pair_after_del, wide_tree


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
    # attributes are released), but a list releases its items from the end: a CPython detail,
    # where Rust's drop order (root, a, a1, b) is a rule of the language.
    gc.disable()
    log: list[str] = []
    root = wide_tree(log)
    assert isinstance(root, Node)
    ref = weakref.ref(root)
    del root
    assert ref() is None
    assert log == ["root", "b", "a", "a1"]
