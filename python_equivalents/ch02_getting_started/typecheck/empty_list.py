# An empty list with nothing to say what it will hold: mypy asks for a type, as rustc does for
# `Vec::new()` (tests/ui/hello/type-not-inferable.rs). The interpreter never asks.
items = []
print(len(items))
