# The reviewed get_name returns `str | None`: mypy makes the caller look before calling .upper().
from ch16_best_practices.code_review import get_name

name = get_name(["Alice", "Bob"], 5)
print(name.upper())
