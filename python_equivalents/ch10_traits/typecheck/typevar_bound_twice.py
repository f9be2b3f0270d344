# Reproduces the lecture's "Python Generics" block (line 165 of ch10-traits-and-generics.md),
# reduced to its mistake: one name, T, bound to a plain TypeVar for `first` and then again to a
# bounded TypeVar for `average`. Its `from typing import Sequence` is kept too (the line numbers
# mypy reports are this file's); everything else a reader could blame is left out.
from typing import Sequence, SupportsFloat, TypeVar  # noqa: UP035

T = TypeVar("T")


def first(items: Sequence[T]) -> T | None:
    return items[0] if items else None


T = TypeVar("T", bound=SupportsFloat)


def average(items: Sequence[T]) -> float:
    return sum(float(x) for x in items) / len(items)
