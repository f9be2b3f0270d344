# The lecture's calls: each runs (one returns "ab", one raises TypeError), and mypy rejects both.
from ch03_types.annotations import add

add(1, 2)
add("a", "b")
add(1, "2")
