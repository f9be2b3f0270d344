# The lecture's Protocol block with its commented-out call put back: mypy flags the 42.
from typing import Protocol, runtime_checkable


@runtime_checkable
class Printable(Protocol):
    def to_string(self) -> str: ...


class User:
    def __init__(self, name: str):
        self.name = name

    def to_string(self) -> str:
        return f"User({self.name})"


def print_all(items: list[Printable]) -> None:
    for item in items:
        print(item.to_string())


print_all([User("Alice")])
print_all([42])
