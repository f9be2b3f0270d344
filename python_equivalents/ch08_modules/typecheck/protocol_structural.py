# Rect never names Shape, and mypy accepts it where a Shape is wanted: the protocol is
# structural. A class without `area` is refused: the structure is checked, not the name.
from ch08_modules.traits import Rect, total_area


class Circle:
    def perimeter(self) -> float:
        return 6.28


print(total_area([Rect(2.0, 5.0)]))
print(total_area([Circle()]))
