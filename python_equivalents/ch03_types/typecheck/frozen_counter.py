# A frozen dataclass: mypy rejects the write in the method, the interpreter raises at run time.
from dataclasses import dataclass


@dataclass(frozen=True)
class Counter:
    value: int = 0

    def get_value(self) -> int:
        self.value += 1
        return self.value
