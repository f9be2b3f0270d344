# A function that may return None: using its result as a number is flagged.
def divide(a: float, b: float) -> float | None:
    if b == 0:
        return None
    return a / b


print(divide(1, 0) + 1)
