# mypy can make a `match` exhaustive, on request: `assert_never` in the last case fails to type
# check when a variant is left out (here: Square). Without it, the forgotten case is silent.
from dataclasses import dataclass
from typing import assert_never


@dataclass
class Circle:
    radius: float


@dataclass
class Square:
    side: float


def area(shape: Circle | Square) -> float:
    match shape:
        case Circle(radius=r):
            return 3.14159 * r * r
        case _:
            assert_never(shape)
