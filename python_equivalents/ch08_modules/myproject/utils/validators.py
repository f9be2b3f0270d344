"""``utils.validators``."""


def is_name(text: str) -> bool:
    """A name is non-empty and made of letters (hyphens allowed inside, as in "Jean-Luc")."""
    return (
        text != ""
        and not text.startswith("-")
        and not text.endswith("-")
        and all(c.isalpha() or c == "-" for c in text)
    )
