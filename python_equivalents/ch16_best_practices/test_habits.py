"""The habits, Python side. Ledger: ``habits/*``."""

import math

from ch16_best_practices.habits import (
    Circle,
    Connection,
    Rect,
    area,
    bench_values,
    describe_forgetting,
    next_state,
    port_or_default,
    total_by_index,
    total_by_iterator,
)


def test_isinstance_dispatch_computes_the_area() -> None:
    assert area(Rect(2.0, 3.0)) == 6.0
    assert math.isclose(area(Circle(1.0)), math.pi)


def test_index_loop_equals_sum() -> None:
    values = [3, 1, 4, 1, 5, 9, 2, 6]
    assert total_by_index(values) == total_by_iterator(values) == 31


def test_default_port_without_an_exception_escaping() -> None:
    assert port_or_default("5432") == 5432
    assert port_or_default("http") == 8080
    assert port_or_default(None) == 8080


def test_a_match_missing_a_state_runs_and_falls_through() -> None:
    assert next_state(Connection.Open) is Connection.Closed
    assert describe_forgetting(Connection.Connecting).startswith("fell through")


def test_the_timed_sums_agree_by_index_and_by_iterator() -> None:
    values = bench_values(2000)
    assert total_by_index(values) == total_by_iterator(values) == 999_000
