# frozen=True refuses assignment at run time (FrozenInstanceError), and mypy sees it before.
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Student:
    name: str
    grade: int


ada = Student("Ada", 80)
ada.grade = 85
