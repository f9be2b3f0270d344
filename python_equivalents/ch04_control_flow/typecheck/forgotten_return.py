# The Python form of a misplaced semicolon: the value is computed, then lost; the call gives None.
def square(x: int) -> int:
    x * x


print(square(3))
