# mypy: allow-untyped-defs, allow-untyped-calls
# The lecture's duck-typing block, as printed: without annotations mypy has nothing to check
# `total_area([Dog()])` against, so it says nothing (strict mode's complaints about the missing
# annotations are switched off above, to ask only about the Dog). Laid out by ruff format.
# Python — duck typing: anything with the right methods works
def total_area(shapes):
    """Works with anything that has an .area() method."""
    return sum(shape.area() for shape in shapes)


class Circle:
    def __init__(self, radius):
        self.radius = radius

    def area(self):
        return 3.14159 * self.radius**2


class Rectangle:
    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


# Works at runtime — no inheritance needed!
shapes = [Circle(5), Rectangle(3, 4)]
print(total_area(shapes))  # 90.54


# But what if something doesn't have .area()?
class Dog:
    def bark(self):
        return "Woof!"


total_area([Dog()])  # 💥 AttributeError: 'Dog' has no attribute 'area'
# Error happens at RUNTIME, not at definition time
