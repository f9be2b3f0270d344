# mypy: allow-untyped-defs, allow-untyped-calls
# Reproduces the lecture's "Python Duck Typing" block (line 13 of
# ch10-traits-and-generics.md), reduced to what mypy is asked about: an unannotated `total_area`
# (its parameter is then Any, so there is nothing to hold a list against) called with a Dog that
# has no `area`. Strict mode's complaints about missing annotations are switched off above, so
# that the only question left is the Dog.
def total_area(shapes):
    return sum(each.area() for each in shapes)


class Dog:
    def bark(self) -> str:
        return "Woof!"


total_area([Dog()])
