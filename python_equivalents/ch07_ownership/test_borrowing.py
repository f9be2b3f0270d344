"""Borrowing and lifetimes, the Python side: one book behind every name, and what happens when a
collection changes while it is walked."""

import copy

import pytest

from ch07_ownership.borrowing import (
    Book,
    grow_a_dict_while_iterating,
    longest,
    longest_after_scope,
    notes_in_the_original_after_writing_on_a_real_copy,
    notes_in_the_original_after_writing_on_a_second_name,
    remove_evens,
    remove_evens_while_iterating,
    shared_then_exclusive,
    two_writers,
)


def test_a_second_name_is_the_same_book_not_a_photocopy() -> None:
    assert notes_in_the_original_after_writing_on_a_second_name() == 1


def test_a_deepcopy_is_a_real_photocopy() -> None:
    assert notes_in_the_original_after_writing_on_a_real_copy() == 0
    book = Book("Dune")
    assert copy.deepcopy(book) is not book


def test_every_name_sees_a_write_and_nothing_limits_the_writers() -> None:
    assert shared_then_exclusive() == ("[1, 2, 3] [1, 2, 3]", "[1, 2, 3, 4]", "[1, 2, 3, 4]")
    assert two_writers() == "accepted: 3 notes"


def test_growing_a_dict_while_iterating_raises_runtime_error() -> None:
    with pytest.raises(RuntimeError, match="dictionary changed size during iteration"):
        grow_a_dict_while_iterating()


def swap_a_key_while_iterating() -> None:
    scores = {"a": 1, "b": 2}
    for key in scores:
        if key == "a":
            del scores["a"]
            scores["z"] = 26


def grow_a_set_while_iterating() -> None:
    seen = {1, 2}
    for value in seen:
        seen.add(value + 10)


def test_swapping_a_dict_key_while_iterating_raises_keys_changed() -> None:
    with pytest.raises(RuntimeError, match="dictionary keys changed during iteration"):
        swap_a_key_while_iterating()


def test_changing_dict_values_while_iterating_is_allowed() -> None:
    scores = {"a": 1, "b": 2}
    for key in scores:
        scores[key] = 0
    assert scores == {"a": 0, "b": 0}


def test_growing_a_set_while_iterating_raises_runtime_error() -> None:
    with pytest.raises(RuntimeError, match="Set changed size during iteration"):
        grow_a_set_while_iterating()


def test_removing_from_a_list_while_iterating_silently_skips_an_item() -> None:
    assert remove_evens_while_iterating([1, 2, 4, 3]) == [1, 4, 3]
    assert remove_evens([1, 2, 4, 3]) == [1, 3]


def test_appending_to_a_list_while_iterating_visits_the_new_items() -> None:
    values = [1, 2, 3]
    visited = 0
    for value in values:
        visited += 1
        if visited < 5:
            values.append(value)
    assert visited == 7
    assert values == [1, 2, 3, 1, 2, 3, 1]


def test_longest_result_outlives_the_shorter_input_in_python() -> None:
    assert longest_after_scope() == "The Rust Programming Language"
    assert longest("abc", "xyz") == "xyz"
