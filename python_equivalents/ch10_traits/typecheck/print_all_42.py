# The lecture's Protocol block as printed (laid out by ruff format), with its commented-out call
# put back: mypy flags the 42, and only the 42.
# Python — Protocol (structural typing, like Rust traits)
from typing import Protocol, runtime_checkable


@runtime_checkable
class Printable(Protocol):
    def to_string(self) -> str: ...


class User:
    def __init__(self, name: str):
        self.name = name

    def to_string(self) -> str:
        return f"User({self.name})"


class Product:
    def __init__(self, name: str, price: float):
        self.name = name
        self.price = price

    def to_string(self) -> str:
        return f"Product({self.name}, ${self.price:.2f})"


def print_all(items: list[Printable]) -> None:
    for item in items:
        print(item.to_string())


# Works because User and Product both have to_string()
print_all([User("Alice"), Product("Widget", 9.99)])

# BUT: mypy checks this, Python runtime does NOT enforce it
print_all([42])  # mypy warns, but Python runs it and crashes
