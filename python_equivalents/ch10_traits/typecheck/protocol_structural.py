# Structural typing: classes that never name the protocol satisfy it by having its methods, and
# one class can satisfy several protocols at once.
from collections.abc import Sized
from typing import Protocol


class Printable(Protocol):
    def to_string(self) -> str: ...


class Unrelated:
    def to_string(self) -> str:
        return "unrelated"

    def __len__(self) -> int:
        return 9


def show(item: Printable) -> str:
    return item.to_string()


def size(item: Sized) -> int:
    return len(item)


show(Unrelated())
size(Unrelated())
