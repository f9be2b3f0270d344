# The lecture's table row `lst.get(i, default)`: mypy knows a list has no `get`.
scores = [90, 75, 60]
print(scores.get(1, 0))
