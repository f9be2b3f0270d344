"""Late binding. Ledger: ``capture/*``."""

from ch12_iterators.late_binding import default_bound, late_bound


def test_lambdas_in_a_comprehension_share_one_variable() -> None:
    assert late_bound() == [2, 2, 2]


def test_a_default_argument_stores_each_value() -> None:
    assert default_bound() == [0, 1, 2]


def test_a_closure_sees_a_later_assignment() -> None:
    i = 0

    def f() -> int:
        return i

    i = 2
    assert f() == 2
