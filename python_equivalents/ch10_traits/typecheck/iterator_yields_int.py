# "Iterator[int] is advisory only": to the interpreter, yes; mypy enforces it on both sides.
from collections.abc import Iterator


class Countdown:
    def __init__(self, remaining: int) -> None:
        self.remaining = remaining

    def __iter__(self) -> Iterator[int]:
        return self

    def __next__(self) -> int:
        if self.remaining > 0:
            self.remaining -= 1
            return str(self.remaining)
        raise StopIteration


label: str = next(Countdown(3))
