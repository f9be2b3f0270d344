"""Move semantics against reference counting, the Python side: nothing is copied unless asked,
and ``list(x)`` copies one level only."""

import sys

import pytest

from ch07_ownership.copy_move import (
    change_a_deep_copy,
    change_a_shallow_copy,
    copied_str_is_the_same_object,
    one_object,
    remove_duplicates,
    remove_duplicates_in_place,
    small_ints_are_cached,
)


def test_assigning_an_int_float_or_bool_shares_one_object() -> None:
    assert one_object()
    for value in (int("1000"), float("2.5"), bool(int("1"))):
        alias = value
        assert alias is value
        # Shared, and never visible: the object cannot change, so "changing" the alias makes a
        # new object and rebinds the name, leaving `value` as it was.
        before = repr(value)
        alias += 1
        assert alias is not value
        assert repr(value) == before
        with pytest.raises(AttributeError):
            value.real = 0  # type: ignore[misc]


@pytest.mark.skipif(sys.implementation.name != "cpython", reason="the cache is CPython's")
def test_cpython_caches_small_ints_from_minus_5_to_256() -> None:
    assert small_ints_are_cached() == (True, False)
    assert int("-5") is int("-5")
    assert int("-6") is not int("-6")


def test_a_str_is_never_copied_by_copy_or_deepcopy() -> None:
    assert copied_str_is_the_same_object()


def test_list_copy_is_shallow_so_inner_lists_are_shared() -> None:
    assert change_a_shallow_copy() == [[1, 9], [2]]


def test_deepcopy_copies_the_inner_lists_too() -> None:
    assert change_a_deep_copy() == [[1], [2]]


def test_remove_duplicates_through_an_alias_leaves_the_original() -> None:
    original = [1, 2, 2, 3, 3, 3]
    alias = original
    assert remove_duplicates(alias) == [1, 2, 3]
    assert original == [1, 2, 2, 3, 3, 3]


def test_an_in_place_dedupe_through_an_alias_changes_the_original() -> None:
    original = [1, 2, 2, 3, 3, 3]
    alias = original
    remove_duplicates_in_place(alias)
    assert original == [1, 2, 3]
