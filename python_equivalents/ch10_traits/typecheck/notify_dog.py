# The exercise's `notify` with a Summary protocol: a Dog is refused by mypy, before it runs.
from typing import Protocol


class Summary(Protocol):
    def summarize(self) -> str: ...


class Dog:
    def bark(self) -> str:
        return "Woof!"


def notify(item: Summary) -> str:
    return f"📢 {item.summarize()}"


notify(Dog())
