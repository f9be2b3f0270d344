"""Understanding ownership, the Python side: names share objects; reference counting frees."""

import gc
import sys
import weakref

import pytest

from ch07_ownership.ownership import (
    TrackedList,
    alias_and_append,
    freed_when_the_last_owner_goes,
    lifetime_of_the_list,
    process_and_look,
    reassign_after_alias,
    reference_counts,
)


def test_b_and_a_name_one_list_so_the_append_is_seen_through_a() -> None:
    a, b = alias_and_append()
    assert a == [1, 2, 3, 4]
    assert a is b


def test_assignment_copies_the_reference_not_the_list() -> None:
    a = [1, 2, 3]
    b = a
    assert id(a) == id(b)
    b = [*a]
    assert b == a
    assert b is not a


@pytest.mark.usefixtures("collector_off")
def test_reference_counting_frees_the_list_at_the_last_del_without_the_collector() -> None:
    collections_before = sum(s["collections"] for s in gc.get_stats())
    events: list[str] = []
    lifetime_of_the_list(events)
    assert events == ["del a", "b still holds [1, 2, 3]", "freed the list", "after del b"]
    assert sum(s["collections"] for s in gc.get_stats()) == collections_before
    assert freed_when_the_last_owner_goes() == (
        "alive after the first name goes: true; freed when the last goes: true"
    )


@pytest.mark.skipif(sys.implementation.name != "cpython", reason="reference counts are CPython's")
def test_refcount_goes_up_with_b_and_down_with_del() -> None:
    assert reference_counts() == [1, 2, 1, 0]


def test_an_unreferenced_list_subclass_is_gone_at_once() -> None:
    items = TrackedList([1])
    handle = weakref.ref(items)
    del items
    assert handle() is None


def test_process_changes_the_callers_list() -> None:
    assert process_and_look() == "[1, 2, 3, 42]"


def test_rebinding_a_leaves_b_with_the_old_list() -> None:
    assert reassign_after_alias() == "a = [9], b = [1, 2, 3]"
