# Reproduces the lecture's commented-out `print_all([42])` under its Protocol block ("Python
# Protocol", line 85 of ch10-traits-and-generics.md): a parameter typed with a Protocol whose one
# method an int lacks. Only the protocol, the function and the call are kept; mypy must flag the
# 42 and nothing else.
from typing import Protocol


class Printable(Protocol):
    def to_string(self) -> str: ...


def print_all(items: list[Printable]) -> None:
    for each in items:
        print(each.to_string())


print_all([42])
