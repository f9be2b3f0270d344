# The same `describe`, annotated: now falling off the end would return None where a str is
# promised, and mypy says so.
def describe(value: int) -> str:
    match value:
        case 0:
            return "zero"
        case 1:
            return "one"


describe(42)
