# An unbounded TypeVar stands for any type, so its upper bound is `object`: what every object
# has (str(), ==) type-checks, anything more (here `+ 1`) does not.
from collections.abc import Sequence
from typing import TypeVar

T = TypeVar("T")


def show_first(items: Sequence[T]) -> str:
    return str(items[0]) if items else ""


def same_as_first(items: Sequence[T], other: T) -> bool:
    return bool(items) and items[0] == other


def first_plus_one(items: Sequence[T]) -> object:
    return items[0] + 1
