# mypy: enable-error-code="truthy-bool, truthy-iterable"
# mypy's optional truthiness checks, switched on for this file: the lecture's list, string, int
# and Optional still pass (each can be false), and only values that can never be false are
# flagged. No mypy setting makes `if items:` an error, as rustc does.
from collections.abc import Iterable


class Sensor:
    pass


items: list[int] = []
name = ""
x = 0
value: int | None = None
if items or name or x or value:
    print("taken")

sensor = Sensor()
if sensor:
    print("always taken")


def first_or_zero(values: Iterable[int]) -> int:
    # An iterator is an object like Sensor: always true, even when it yields nothing.
    return next(iter(values)) if values else 0
