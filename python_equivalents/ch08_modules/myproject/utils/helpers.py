"""``utils.helpers``: reaches its sibling with a relative import, like ``super::validators``."""

from . import validators


def format_name(first: str, last: str) -> str | None:
    """Return "Last, First", or ``None`` when either part is not a name."""
    if validators.is_name(first) and validators.is_name(last):
        return f"{last}, {first}"
    return None
