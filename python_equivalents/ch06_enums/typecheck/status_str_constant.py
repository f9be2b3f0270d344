# The lecture's string constants: a status is any `str`, so a misspelt one passes mypy (and runs,
# comparing unequal to every constant). Nothing checks it against the three that exist.
from ch06_enums.messages import STATUS_ACTIVE


def is_active(status: str) -> bool:
    return status == STATUS_ACTIVE


is_active("actve")
