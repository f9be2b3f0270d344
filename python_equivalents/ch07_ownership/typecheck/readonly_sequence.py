# Python's nearest to `&[i32]`: a parameter typed `Sequence[int]` is a read-only view to mypy,
# which rejects the append; the interpreter would run it on any list passed in.
from collections.abc import Sequence


def remove_duplicates(items: Sequence[int]) -> list[int]:
    items.append(0)
    return sorted(set(items))
