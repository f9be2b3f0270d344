"""The pitfalls, Python side. Ledger: ``pitfalls/*``."""

import subprocess
import sys

from ch16_best_practices.pitfalls import (
    bench_data,
    extend_with_doubled_large,
    keep_small,
    push_while_iterating,
    squares_of_positive,
    upper_words,
)


def test_appending_inside_the_loop_keeps_the_loop_going() -> None:
    assert push_while_iterating([1, 2, 3, 4, 5], 20) == "still growing at 21 items"


def test_extend_after_the_comprehension_adds_the_doubled_items() -> None:
    items = [1, 2, 3, 4, 5]
    extend_with_doubled_large(items)
    assert items == [1, 2, 3, 4, 5, 8, 10]


def test_keeping_the_small_ones_removes_and_adds_nothing() -> None:
    items = [1, 2, 3, 4, 5]
    keep_small(items)
    assert items == [1, 2, 3]


def test_comprehension_squares_are_exact_past_i32() -> None:
    assert squares_of_positive([-2, 3, 0, 4]) == [9, 16]
    assert squares_of_positive([50_000]) == [2_500_000_000]


def test_split_then_upper() -> None:
    assert upper_words("hello world") == ["HELLO", "WORLD"]


def test_object_sizes_on_this_cpython() -> None:
    assert sys.version_info[:2] == (3, 11)
    assert sys.getsizeof(0) == 28
    assert sys.getsizeof(1) == 28
    assert sys.getsizeof("hello") == 54
    numbers = list(range(1000))
    assert sys.getsizeof(numbers) == 8056
    # The ints -5 to 256 are cached singletons; the others are objects of their own.
    assert int("256") is int("256")
    assert int("257") is not int("257")
    total = sys.getsizeof(numbers) + sum(sys.getsizeof(n) for n in numbers)
    assert total == 36056
    assert sys.getsizeof({i: i for i in range(100)}) == 4688


def test_an_object_header_is_16_bytes_and_an_int_28() -> None:
    # PyObject_HEAD is a reference count and a type pointer; an int adds its digit count and
    # one 30-bit digit, a float its 8-byte double.
    assert sys.getsizeof(object()) == 16
    assert sys.getsizeof(1.0) == 16 + 8
    assert sys.getsizeof(0) == 16 + 8 + 4


def test_a_bare_interpreter_is_far_below_50_mb() -> None:
    status = subprocess.run(
        [sys.executable, "-c", "print(open('/proc/self/status').read())"],
        capture_output=True,
        text=True,
        check=True,
        timeout=30,
    ).stdout
    rss_kb = next(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS"))
    assert rss_kb < 20_000, f"VmRSS {rss_kb} kB"


def test_the_timed_comprehension_squares_each_positive_number_once() -> None:
    squares = squares_of_positive(bench_data(2001))
    assert len(squares) == 1000
    assert sum(squares) == 1000 * 1001 * 2001 // 6 == 333_833_500
