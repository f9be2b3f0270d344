"""The lecture's pytest file (``calculator`` is this chapter's module), with type hints and the
tuple of names ``parametrize`` prefers; the cases are the lecture's.
Ledger: ``testing/pytest-side``."""

import pytest

from ch14_unsafe_ffi.calculator import add, divide


def test_add() -> None:
    assert add(2, 3) == 5


def test_add_negative() -> None:
    assert add(-1, 1) == 0


def test_divide() -> None:
    assert divide(10, 2) == 5.0


def test_divide_by_zero() -> None:
    with pytest.raises(ZeroDivisionError):
        divide(1, 0)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (1, 2, 3),
        (0, 0, 0),
        (-1, -1, -2),
        (100, 200, 300),
    ],
)
def test_add_parametrized(a: int, b: int, expected: int) -> None:
    assert add(a, b) == expected


@pytest.fixture
def sample_data() -> list[int]:
    return [1, 2, 3, 4, 5]


def test_sum(sample_data: list[int]) -> None:
    assert sum(sample_data) == 15
