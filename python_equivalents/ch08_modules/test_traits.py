"""``typing.Protocol`` is structural, and not checked at run time. Ledger: ``traits/*``."""

from typing import Protocol, runtime_checkable

import pytest

from ch08_modules.traits import Rect, Shape, Square, total_area


def test_a_class_that_never_names_the_protocol_is_accepted() -> None:
    assert total_area([Square(2.0), Rect(2.0, 5.0)]) == 14.0
    assert Shape not in Rect.__mro__


def test_isinstance_with_a_plain_protocol_raises_type_error() -> None:
    with pytest.raises(TypeError, match="runtime_checkable"):
        isinstance(Rect(2.0, 5.0), Shape)  # type: ignore[misc]


def test_a_runtime_checkable_protocol_checks_only_that_the_names_exist() -> None:
    @runtime_checkable
    class HasArea(Protocol):
        def area(self) -> float: ...

    class WrongArea:
        area = "not a method"

    assert isinstance(Rect(2.0, 5.0), HasArea)
    assert isinstance(WrongArea(), HasArea)
