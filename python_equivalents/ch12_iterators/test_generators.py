"""Generators. Ledger: ``generators/*``."""

import sys
import tracemalloc
from collections.abc import Iterator
from itertools import islice

from ch12_iterators.generators import (
    after_end,
    consume_twice,
    fibonacci,
    fitting_in_u64,
    squares_calls,
)


def test_fibonacci_gives_the_first_ten_lazily() -> None:
    fib = fibonacci()
    assert [next(fib) for _ in range(10)] == [0, 1, 1, 2, 3, 5, 8, 13, 21, 34]


def test_a_generator_expression_costs_the_same_for_any_range() -> None:
    tracemalloc.start()
    squares = (x**2 for x in range(1000000))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    # One small object is allocated (not nothing), and its size does not grow with the range.
    assert 0 < peak < 10_000
    assert sys.getsizeof(squares) == sys.getsizeof(x**2 for x in range(10))
    assert sys.getsizeof(list(range(1000000))) > 8_000_000
    assert [next(squares) for _ in range(5)] == [0, 1, 4, 9, 16]
    # Consumed to the end, it still holds one element at a time: the peak stays that small.
    tracemalloc.start()
    total = sum(x**2 for x in range(1000000))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert total == 333332833333500000
    assert 0 < peak < 10_000


def test_the_generator_runs_only_for_the_items_taken() -> None:
    before, after, first_5 = squares_calls()
    assert (before, after) == (0, 5)
    assert first_5 == [0, 1, 4, 9, 16]


def test_python_fibonacci_goes_past_what_a_u64_holds() -> None:
    assert fitting_in_u64() == 94
    hundredth = next(islice(fibonacci(), 100, None))
    assert hundredth == 354224848179261915075
    assert hundredth > 2**64


def test_an_ended_generator_stays_ended() -> None:
    def one() -> Iterator[int]:
        yield 1

    gen = one()
    assert next(gen) == 1
    for _ in range(3):
        assert next(gen, "StopIteration") == "StopIteration"
    assert after_end() == [1, None, None, None]


def test_a_consumed_generator_silently_gives_nothing() -> None:
    first, again = consume_twice()
    assert first == [2, 4, 6]
    assert again == []
