"""Loops on the Python side: range(), dict order, int(), comprehensions and generators."""

import io
import sys

import pytest

from ch04_control_flow.loops import (
    RANGE_TABLE,
    calls_before_consuming,
    count_up,
    enumerated,
    evens,
    first_number,
    first_pair_with_sum,
    lines_until_quit,
    map_lines,
    pairs,
    script,
    squares,
    sum_even_squares,
)


def test_range_rows_give_the_lecture_values() -> None:
    # The same lists tests/loops.rs asserts against Rust's ranges.
    assert list(range(5)) == [0, 1, 2, 3, 4]
    assert list(range(1, 10)) == [1, 2, 3, 4, 5, 6, 7, 8, 9]
    assert list(range(1, 11)) == [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
    assert list(range(0, 10, 2)) == [0, 2, 4, 6, 8]
    assert list(range(10, 0)) == []
    assert [list(values) for _, _, values in RANGE_TABLE][:5] == [
        [0, 1, 2, 3, 4],
        [1, 2, 3, 4, 5, 6, 7, 8, 9],
        [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
        [0, 2, 4, 6, 8],
        [],
    ]


def test_reversed_and_negative_steps() -> None:
    assert list(range(10, 0, -1)) == [10, 9, 8, 7, 6, 5, 4, 3, 2, 1]
    assert list(range(10, 0, -2)) == [10, 8, 6, 4, 2]
    assert list(reversed(range(0, 11, 3))) == [9, 6, 3, 0]
    assert list(range(10, -1, -3)) == [10, 7, 4, 1]


def test_zero_step_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="range\\(\\) arg 3 must not be zero"):
        range(0, 10, 0)


def test_for_over_a_list_yields_its_elements() -> None:
    seen = ""
    for item in ["a", "b", "c"]:
        seen += item
    assert seen == "abc"


def test_enumerate_counts_from_zero() -> None:
    assert enumerated(["a", "b", "c"]) == ["0: a", "1: b", "2: c"]


def test_dict_items_come_in_insertion_order() -> None:
    assert map_lines({"x": 1, "y": 2}) == ["x = 1", "y = 2"]
    assert map_lines({"y": 2, "x": 1}) == ["y = 2", "x = 1"]


def test_while_counts_from_zero_to_four() -> None:
    assert count_up(5) == [0, 1, 2, 3, 4]


def test_input_drops_the_newline_so_the_quit_loop_stops(monkeypatch: pytest.MonkeyPatch) -> None:
    # input() reads a line from sys.stdin and strips its trailing newline, so "quit" matches
    # where Rust's read_line gives "quit\n". At the end of input it raises EOFError instead of
    # returning an empty line forever.
    monkeypatch.setattr("sys.stdin", io.StringIO("hello\nquit\nnever\n"))
    assert lines_until_quit(input) == 2
    assert input() == "never"
    with pytest.raises(EOFError):
        input()


def test_int_accepts_surrounding_whitespace_and_underscores() -> None:
    assert (int("42\n"), int(" 42 "), int("4_2"), int("+42")) == (42, 42, 42, 42)
    assert first_number(script(["seven", "42\n"])) == (42, 1)


def test_nested_search_returns_the_first_pair() -> None:
    assert first_pair_with_sum([1, 2, 3], [5, 6, 7], 9) == (2, 7)
    assert first_pair_with_sum([1, 2, 3], [5, 6, 7], 6) == (1, 5)
    assert first_pair_with_sum([1, 2, 3], [5, 6, 7], 99) is None


def test_comprehensions_give_the_lecture_lists() -> None:
    assert squares(10) == [0, 1, 4, 9, 16, 25, 36, 49, 64, 81]
    assert evens(20) == [0, 2, 4, 6, 8, 10, 12, 14, 16, 18]
    assert pairs(3) == [(0, 0), (0, 1), (0, 2), (1, 0), (1, 1), (1, 2), (2, 0), (2, 1), (2, 2)]


def test_a_list_comprehension_runs_at_once() -> None:
    assert calls_before_consuming(10, lazy=False) == (10, 10)


def test_a_generator_expression_runs_on_demand() -> None:
    assert calls_before_consuming(10, lazy=True) == (0, 10)


def test_a_list_grows_with_its_length_a_generator_does_not() -> None:
    def small_list() -> list[int]:
        return [x * x for x in range(10)]

    def big_list() -> list[int]:
        return [x * x for x in range(1_000_000)]

    assert sys.getsizeof(big_list()) > 8 * 1_000_000 > sys.getsizeof(small_list())
    small_gen = (x * x for x in range(10))
    big_gen = (x * x for x in range(10_000_000_000))
    assert sys.getsizeof(small_gen) == sys.getsizeof(big_gen)


def test_the_timed_kernel_sums_the_even_squares() -> None:
    assert sum_even_squares(10) == 4 + 16 + 36 + 64
    assert sum_even_squares(1_000_000) == 166666166667000000
