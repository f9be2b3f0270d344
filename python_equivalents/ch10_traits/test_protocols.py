"""Protocols vs traits on CPython 3.11: ``print_all`` and the comparison table's rows.
Ledger: protocols/*, table/*."""

import abc
import collections.abc
from typing import Any, Protocol

import pytest

from ch10_traits.protocols import (
    FramedUser,
    Printable,
    Product,
    User,
    add_method_to_int,
    lecture_items,
    print_all,
    print_all_of_42,
)


def test_the_block_prints_both_items(capsys: pytest.CaptureFixture[str]) -> None:
    print_all(lecture_items())
    assert capsys.readouterr().out == "User(Alice)\nProduct(Widget, $9.99)\n"


def test_print_all_of_42_runs_and_crashes_at_the_call() -> None:
    with pytest.raises(AttributeError, match="'int' object has no attribute 'to_string'"):
        print_all_of_42()


def test_runtime_checkable_only_checks_that_the_name_exists() -> None:
    printable = Printable

    class NotAMethod:
        to_string = 5

    class WrongSignature:
        def to_string(self, width: int) -> int:
            return width

    assert isinstance(User("Alice"), printable)
    assert not isinstance(42, printable)
    assert isinstance(NotAMethod(), printable)
    assert isinstance(WrongSignature(), printable)


def test_isinstance_needs_runtime_checkable() -> None:
    class Plain(Protocol):
        def to_string(self) -> str: ...

    with pytest.raises(TypeError, match="only be used with @runtime_checkable protocols"):
        isinstance(1, Plain)  # type: ignore[misc]


def test_a_protocol_can_give_a_default_implementation() -> None:
    assert FramedUser("Alice").framed() == "[User(Alice)]"


def test_a_builtin_type_cannot_get_a_new_method() -> None:
    with pytest.raises(TypeError, match="cannot set 'to_string' attribute of immutable type 'int'"):
        add_method_to_int()


def test_a_class_from_another_module_can_be_patched_at_run_time(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    describe = lambda self: f"{self.name} costs {self.price}"  # noqa: E731
    monkeypatch.setattr(Product, "describe", describe, raising=False)
    widget: Any = Product("Widget", 9.99)
    assert widget.describe() == "Widget costs 9.99"


def test_one_object_satisfies_several_protocols() -> None:
    class Both:
        def __len__(self) -> int:
            return 2

        def to_string(self) -> str:
            return "both"

    both = Both()
    assert isinstance(both, Printable)
    assert isinstance(both, collections.abc.Sized)
    assert len(both) == 2


def test_an_abc_is_nominal_and_checked_when_an_object_is_made() -> None:
    class HasArea(abc.ABC):
        @abc.abstractmethod
        def area(self) -> float: ...

        def doubled(self) -> float:
            return 2 * self.area()

    class Square(HasArea):
        def area(self) -> float:
            return 4.0

    class Forgetful(HasArea):
        pass

    class Unrelated:
        def area(self) -> float:
            return 1.0

    assert Square().doubled() == 8.0
    assert not isinstance(Unrelated(), HasArea)
    with pytest.raises(TypeError, match="Can't instantiate abstract class Forgetful"):
        Forgetful()  # type: ignore[abstract]
