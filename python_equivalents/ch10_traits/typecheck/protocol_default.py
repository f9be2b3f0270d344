# Default implementations in a Protocol: a method with a body is a default that an explicit
# subclass inherits; a class that matches only structurally must still define it (mypy names the
# missing member).
from typing import Protocol


class Printable(Protocol):
    def to_string(self) -> str: ...

    def framed(self) -> str:
        return f"[{self.to_string()}]"


class Explicit(Printable):
    def to_string(self) -> str:
        return "explicit"


class Unrelated:
    def to_string(self) -> str:
        return "unrelated"


def show(item: Printable) -> str:
    return item.framed()


show(Explicit())
show(Unrelated())
