"""Python's privacy is a convention. Ledger: ``visibility/*``."""

import pytest

from ch08_modules.private_by_default import User

# The lecture's Python block, as printed: it reads `user` without ever creating it.
LECTURE_BLOCK = """
class User:
    def __init__(self):
        self.name = "Alice"
        self._age = 30
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


def test_the_lecture_block_as_printed_raises_name_error() -> None:
    with pytest.raises(NameError, match="name 'user' is not defined"):
        exec(LECTURE_BLOCK, {})


def test_the_lecture_block_with_user_created_prints_both_values(
    capsys: pytest.CaptureFixture[str],
) -> None:
    fixed = LECTURE_BLOCK.replace("\nprint(user._age)", "\nuser = User()\nprint(user._age)")
    exec(fixed, {})
    assert capsys.readouterr().out == "30\nshhh\n"


def test_a_private_method_is_callable_from_outside() -> None:
    assert User("Alice", 30)._validate() is True
    assert User.checked("Bob", -1) is None
