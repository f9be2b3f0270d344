# mypy can make a `match` exhaustive, on request: `assert_never` in the last case fails to type
# check when a variant is left out (here: Square). Without it, the forgotten case is silent.
import math
from dataclasses import dataclass
from typing import assert_never


@dataclass(frozen=True)
class Circle:
    radius: float


@dataclass(frozen=True)
class Square:
    side: float


def area(shape: Circle | Square) -> float:
    match shape:
        case Circle(radius=r):
            return math.pi * r**2
        case _:
            assert_never(shape)
