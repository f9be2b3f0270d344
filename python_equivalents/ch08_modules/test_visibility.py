"""Python's privacy is a convention. Ledger: ``visibility/*``."""

import pytest

from ch08_modules.private_by_default import User

# Reproduces the mistake of the Python block of "Visibility — Private by Default" (line 88 of
# ../shared/course/ch08-crates-and-modules.md): it defines `User`, then prints `user._age` and
# `user._User__secret` though nothing ever assigned `user`. Ours keeps exactly that: a class with
# an underscore attribute and a mangled one, and the two reads of a name never bound.
BLOCK = """
class User:
    def __init__(self, name: str, age: int) -> None:
        self.name = name
        self._age = age
        self.__secret = "shhh"

print(user._age)
print(user._User__secret)
"""


def test_an_underscore_attribute_reads_and_writes_from_outside() -> None:
    alice = User("Alice", 30)
    assert alice._age == 30
    alice._age = -5
    assert alice.age == -5


def test_double_underscore_is_stored_under_the_class_name() -> None:
    alice = User("Alice", 30)
    assert "_User__secret" in vars(alice)
    assert "__secret" not in vars(alice)
    assert alice._User__secret == "shhh"  # type: ignore[attr-defined]
    with pytest.raises(AttributeError, match="has no attribute '__secret'"):
        _ = alice.__secret
    assert alice.secret_length() == 4


def test_reading_user_that_nothing_assigned_raises_name_error() -> None:
    with pytest.raises(NameError, match="name 'user' is not defined"):
        exec(BLOCK, {})


def test_with_user_created_the_block_prints_both_values(
    capsys: pytest.CaptureFixture[str],
) -> None:
    fixed = BLOCK.replace("\nprint(user._age)", '\nuser = User("Alice", 30)\nprint(user._age)')
    exec(fixed, {})
    assert capsys.readouterr().out == "30\nshhh\n"


def test_a_private_method_is_callable_from_outside() -> None:
    assert User("Alice", 30)._validate() is True
    assert User.checked("Bob", -1) is None
