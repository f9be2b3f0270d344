# The lecture's `greet` without annotations: fine for the interpreter, refused by mypy --strict.
def greet(name, greeting="Hello"):
    return f"{greeting}, {name}!"


print(greet("Alice"))
