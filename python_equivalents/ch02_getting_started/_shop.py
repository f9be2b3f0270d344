"""A module with the three kinds of name the lecture pairs with Rust's visibility: public,
one underscore, two underscores. Used by ``visibility.py`` and the tests."""


def greet() -> str:
    return "hello from shop"


def _internal() -> str:
    return "internal to the crate"


def __private_helper() -> str:
    return "private to shop"


def use_helper() -> str:
    return __private_helper()


class Till:
    """Inside a class body, ``__name`` is mangled to ``_Till__name``, even a module's."""

    def ask_parent(self) -> str:
        return globals()["__private_helper"]()  # type: ignore[no-any-return]
