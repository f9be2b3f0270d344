# Conversions that fail at run time, and the port the lecture's __init__ refuses: strict mypy
# accepts them all, since nothing in `int(str)` or `Port(int)` says "may raise".
from ch11_conversions.try_from_port import Port

port = int("not_a_number")
p = Port(99999)
print(port, p)
