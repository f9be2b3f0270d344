# A "constant" marked Final: the interpreter lets the reassignment through, mypy does not.
from typing import Final

MAX_SIZE: Final = 1024
MAX_SIZE = 999
