# Assigning through `self` to a frozen dataclass's field: mypy flags it before it raises.
from dataclasses import dataclass


@dataclass(frozen=True)
class Counter:
    count: int = 0

    def read_only(self) -> None:
        self.count += 1
