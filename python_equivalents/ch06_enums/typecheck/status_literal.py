# Not in the lecture: the same statuses as a `Literal` type (typing, PEP 586). The values are still
# plain strings at run time, but mypy now refuses one that is not among them.
from typing import Literal

StatusValue = Literal["pending", "active", "closed"]


def is_active(status: StatusValue) -> bool:
    return status == "active"


is_active("active")
is_active("actve")
