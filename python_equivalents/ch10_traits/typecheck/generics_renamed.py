# The TypeVar block with its second type variable renamed: clean, and the bound is enforced.
from collections.abc import Sequence
from typing import SupportsFloat, TypeVar

T = TypeVar("T")
N = TypeVar("N", bound=SupportsFloat)


def first(items: Sequence[T]) -> T | None:
    return items[0] if items else None


def average(items: Sequence[N]) -> float:
    return sum(float(x) for x in items) / len(items)


average([1, 2.5])
average(["1.5"])
