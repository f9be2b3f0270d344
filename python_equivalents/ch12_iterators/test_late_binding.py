"""Late binding. Ledger: ``capture/*``."""

from ch12_iterators.late_binding import default_bound, late_bound, sees_later_assignment


def test_lambdas_in_a_comprehension_share_one_variable() -> None:
    assert late_bound() == [2, 2, 2]


def test_a_default_argument_stores_each_value() -> None:
    assert default_bound() == [0, 1, 2]


def test_a_closure_sees_a_later_assignment() -> None:
    assert sees_later_assignment() == 2
