# Aliasing is invisible to mypy: a second name for the list, and a change through it, are fine.
from ch07_ownership.copy_move import remove_duplicates_in_place

original = [1, 2, 2, 3, 3, 3]
alias = original
remove_duplicates_in_place(alias)
print(original)
