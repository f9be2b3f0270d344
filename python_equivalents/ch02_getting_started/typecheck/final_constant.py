# UPPER_CASE is a convention the interpreter ignores; `Final` is one mypy enforces.
from typing import Final

MAX_SIZE: Final = 1024
MAX_SIZE = 2048
