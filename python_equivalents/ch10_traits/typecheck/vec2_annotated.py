# The lecture's Vec2 with annotations: mypy then refuses `Vec2 + int` as rustc does.
class Vec2:
    def __init__(self, x: float, y: float) -> None:
        self.x, self.y = x, y

    def __add__(self, other: "Vec2") -> "Vec2":
        return Vec2(self.x + other.x, self.y + other.y)


Vec2(1.0, 2.0) + Vec2(3.0, 4.0)
Vec2(1.0, 2.0) + 5
