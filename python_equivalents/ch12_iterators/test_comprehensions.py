"""Comprehensions and the methods table. Ledger: ``comprehensions/*``, ``table/*``."""

import itertools
from functools import reduce

import pytest

from ch12_iterators.comprehensions import (
    calls_around,
    chain_sum,
    evens,
    filter_then_map,
    flat,
    inverted,
    loop_sum,
    names,
    pairs,
    squares,
    unique_lengths,
    users,
    word_lengths,
)


def test_the_five_comprehensions_give_the_chains_lists() -> None:
    assert squares() == [0, 1, 4, 9, 16, 25, 36, 49, 64, 81]
    assert evens() == [0, 2, 4, 6, 8, 10, 12, 14, 16, 18]
    assert names(users()) == ["ada", "cy"]
    assert pairs() == [(x, y) for x in range(3) for y in range(3)]
    assert pairs()[-1] == (2, 2)
    assert flat([[1, 2], [], [3]]) == [1, 2, 3]


def test_filter_then_map_gives_the_diagrams_result() -> None:
    assert filter_then_map([1, 2, 3, 4, 5]) == [4, 16]


def test_a_list_comprehension_runs_before_anything_asks() -> None:
    assert calls_around(eager=True) == (4, 4, 100)
    assert calls_around(eager=False) == (0, 4, 100)


def test_len_counts_code_points() -> None:
    lengths = word_lengths(["hello", "naïve"])
    assert lengths["naïve"] == 5
    assert len("naïve".encode()) == 6


def test_inverting_keeps_the_last_key_for_a_repeated_value() -> None:
    assert inverted({"a": 1, "b": 2}) == {1: "a", 2: "b"}
    assert inverted({"a": 1, "b": 1}) == {1: "b"}


def test_a_set_comprehension_keeps_each_length_once() -> None:
    assert unique_lengths(["a", "bb", "cc", "d"]) == {1, 2}


def test_the_tables_python_column() -> None:
    v = [3, 1, 4, 1, 5]
    assert list(map(lambda x: x * 2, v)) == [6, 2, 8, 2, 10]
    assert len(list(filter(lambda x: x > 2, v))) == 3
    assert sum(v) == 14
    assert any(x == 4 for x in v)
    assert not all(x > 1 for x in v)
    assert list(enumerate(v))[:2] == [(0, 3), (1, 1)]
    assert list(zip([1, 2, 3], "ab", strict=False)) == [(1, "a"), (2, "b")]
    assert list(itertools.chain([1, 2], [3])) == [1, 2, 3]
    assert list(reversed(v)) == [5, 1, 4, 1, 3]
    assert next(iter(v)) == 3
    assert next(iter([]), -1) == -1
    assert sorted(v) == [1, 1, 3, 4, 5]


def test_min_and_max_of_nothing_raise() -> None:
    with pytest.raises(ValueError, match="empty"):
        max([])
    assert min([3, 1]) == 1


def test_reversed_needs_a_reversible_source() -> None:
    with pytest.raises(TypeError, match="not reversible"):
        reversed(x for x in [1, 2])  # type: ignore[call-overload]


def test_reduce_of_nothing_needs_an_initial_value() -> None:
    with pytest.raises(TypeError, match="reduce\\(\\) of empty iterable with no initial value"):
        reduce(lambda a, b: a + b, [])
    assert reduce(lambda a, b: a + b, [1, 2, 3]) == 6
    assert reduce(lambda a, b: a + b, [], 10) == 10


def test_the_timed_generator_and_loop_agree() -> None:
    assert chain_sum(10) == 0 + 9 + 36 + 81
    assert chain_sum(1000) == loop_sum(1000)
