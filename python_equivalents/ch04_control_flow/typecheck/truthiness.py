# Every condition of the lecture's truthiness list: mypy --strict accepts them all.
items: list[int] = []
name = ""
x = 0
value: int | None = None
if items or name or x or value:
    print("taken")
