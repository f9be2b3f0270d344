"""What the lecture's pytest file checks of ``add`` and ``divide``, in our own tests: the same
cases (its four parametrized sums included) and a fixture. Ledger: ``testing/pytest-side``."""

import pytest

from ch14_unsafe_ffi.calculator import add, divide

# The lecture's parametrized cases: (a, b, a + b).
ADD_CASES = [(1, 2, 3), (0, 0, 0), (-1, -1, -2), (100, 200, 300)]


def test_add_sums_two_positives() -> None:
    assert add(2, 3) == 5


def test_add_of_opposites_is_zero() -> None:
    assert add(-1, 1) == 0


def test_divide_returns_a_float_quotient() -> None:
    quotient = divide(10, 2)
    assert isinstance(quotient, float)
    assert quotient == 5.0


def test_divide_by_zero_raises_zero_division_error() -> None:
    with pytest.raises(ZeroDivisionError):
        divide(1, 0)


@pytest.mark.parametrize(("a", "b", "expected"), ADD_CASES)
def test_add_gives_each_parametrized_sum(a: int, b: int, expected: int) -> None:
    assert add(a, b) == expected


@pytest.fixture
def first_five() -> list[int]:
    return list(range(1, 6))


def test_a_fixture_hands_its_value_to_the_test(first_five: list[int]) -> None:
    assert sum(first_five) == 15
