# The lecture's TypeVar block, as printed (laid out by ruff format, imports kept as written): the
# second `T = TypeVar(...)` redefines a type variable.
# Python — TypeVar for generic functions
from typing import Sequence, TypeVar  # noqa: UP035

T = TypeVar("T")


def first(items: Sequence[T]) -> T | None:
    return items[0] if items else None


# Bounded TypeVar
from typing import SupportsFloat  # noqa: E402

T = TypeVar("T", bound=SupportsFloat)


def average(items: Sequence[T]) -> float:
    return sum(float(x) for x in items) / len(items)
