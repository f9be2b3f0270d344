# The table's `x or default`: well typed, so mypy has nothing to say, and a requested 0 still
# becomes 10 at run time. The bug is in the meaning, where no type checker looks.
def page_size(requested: int | None) -> int:
    return requested or 10


assert page_size(None) == 10
print(page_size(0))
