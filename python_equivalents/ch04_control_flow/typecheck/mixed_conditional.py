# A conditional expression whose arms differ in type is accepted, as `str | int`; a str method
# on the result is flagged, because it fails for one of the two types.
def status(temperature: int) -> str | int:
    return "hot" if temperature > 100 else 0


print(status(42).upper())
