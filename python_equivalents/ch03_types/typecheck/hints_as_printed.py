# The lecture's Python hints as printed, `find`'s body `...` included: mypy accepts them all.
def find(key: str) -> int | None: ...


def first(items: list[int]) -> int | None:
    return items[0] if items else None


UserId = int
Mapping = dict[str, list[int]]

user: UserId = 7
scores: Mapping = {"a": [1, 2]}
