# The lecture's kinds of Python hint (a union return, a generic list, two aliases), which mypy
# accepts. `find` keeps the lecture's `...` body: a stub body passes for any return type.
def find(key: str) -> int | None: ...


def first(items: list[int]) -> int | None:
    return next(iter(items), None)


UserId = int
Mapping = dict[str, list[int]]

owner: UserId = 7
grades: Mapping = {"maths": [4, 5]}
print(first(grades["maths"]), find("owner"), owner)
