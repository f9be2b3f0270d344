"""The Python comparisons of the lecture's keyword tables, run on CPython: names and rebinding,
references, dataclasses and enums, Protocol and ABC, ``match``, aliases, and underscores."""

from __future__ import annotations

import abc
import enum
import sys
import types

import pytest

from ch02_getting_started import _shop as shop
from ch02_getting_started import bindings, control_flow, type_keywords, visibility


def test_augmented_assignment_rebinds_the_name_to_a_new_int() -> None:
    # "Always mutable" is the name, not the object: ints and strs are immutable, and `+=` binds
    # the name to a new object.
    count = 10**6
    before = id(count)
    count += 1
    assert id(count) != before
    name = "Alice"
    with pytest.raises(TypeError):
        name[0] = "B"  # type: ignore[index]


def test_an_upper_case_constant_can_be_rebound() -> None:
    assert bindings.rebind_constant() == "accepted: MAX_SIZE is now 2048"


def test_a_global_can_be_rebound_from_a_function_with_global() -> None:
    assert bindings.rebind_global() == "accepted with `global`: VERSION became '2.0'"
    assert bindings.VERSION == "1.0"


def test_a_function_gets_the_callers_object_not_a_copy() -> None:
    items = [1, 2, 3]
    seen: list[int] = []

    def keep(argument: list[int]) -> None:
        seen.append(id(argument))

    keep(items)
    assert seen == [id(items)]
    bindings.append(items)
    assert items == [1, 2, 3, 4]


def test_a_mapping_proxy_lends_a_dict_for_reading_only() -> None:
    # The nearest Python has to `&`: a read-only view of the owner's dict, refused at run time.
    prices = {"tea": 3}
    view = types.MappingProxyType(prices)
    with pytest.raises(TypeError, match="'mappingproxy' object does not support item assignment"):
        view["tea"] = 4  # type: ignore[index]
    prices["tea"] = 5
    assert view["tea"] == 5  # a view of the owner's dict, not a copy


def test_assignment_adds_a_name_and_never_moves() -> None:
    s1 = ["hello"]
    s2 = s1
    assert s1 is s2
    s2.append("world")
    assert s1 == ["hello", "world"]


def test_a_dataclass_writes_repr_and_eq() -> None:
    p = type_keywords.Point(3.0, 4.0)
    assert repr(p) == "Point(x=3.0, y=4.0)"
    assert p == type_keywords.Point(3.0, 4.0)
    assert p.distance() == 5.0


def test_an_enum_member_holds_one_fixed_value_not_data_per_instance() -> None:
    class Shape(enum.Enum):
        CIRCLE = 1
        RECTANGLE = 2

    assert Shape(1) is Shape.CIRCLE
    with pytest.raises(TypeError):
        Shape.CIRCLE(2.0)  # type: ignore[operator]


def test_a_union_of_dataclasses_carries_data_per_variant() -> None:
    assert type_keywords.area(type_keywords.Rectangle(2.0, 3.0)) == 6.0
    assert round(type_keywords.area(type_keywords.Circle(1.0)), 4) == 3.1416


def test_a_protocol_is_satisfied_by_a_class_that_never_names_it() -> None:
    assert type_keywords.Drawable not in type(type_keywords.Point(1.0, 2.0)).__mro__
    assert type_keywords.render(type_keywords.Point(1.0, 2.0)) == "point at (1.0, 2.0)"


def test_an_abc_refuses_a_subclass_missing_a_method_only_when_instantiated() -> None:
    class Drawable(abc.ABC):
        @abc.abstractmethod
        def draw(self) -> str: ...

    class Blank(Drawable):
        pass

    with pytest.raises(TypeError, match="abstract"):
        Blank()  # type: ignore[abstract]


def test_a_match_with_no_fitting_case_falls_through_silently() -> None:
    assert control_flow.describe_without_wildcard(4) is None
    assert [control_flow.describe(v) for v in (1, 2, 3, 4)] == [
        "one",
        "two or three",
        "two or three",
        "other",
    ]


def test_the_walrus_binds_and_tests_like_if_let() -> None:
    assert control_flow.show_leading_number("42 apples") == "found 42"
    assert control_flow.show_leading_number("apples") == "no number"


def test_for_leaves_the_list_and_range_excludes_its_end() -> None:
    assert control_flow.loop_keeps_the_list() == "the list is still there: len 3"
    assert list(range(1, 6)) == [1, 2, 3, 4, 5]


def test_an_alias_is_the_type_itself() -> None:
    assert type_keywords.UserId is int


def test_the_type_statement_is_new_in_312() -> None:
    source = "type UserId = int"
    if sys.version_info >= (3, 12):
        compile(source, "alias.py", "exec")
    else:
        with pytest.raises(SyntaxError):
            compile(source, "alias.py", "exec")


def test_one_underscore_hides_a_name_from_import_star_only() -> None:
    assert visibility.star_import_names() == ["Till", "greet", "use_helper"]
    assert shop._internal() == "internal to the crate"


def test_two_underscores_at_module_level_are_not_mangled() -> None:
    # Outside a class body nothing is mangled: the plain attribute access works.
    assert shop.__private_helper() == "private to shop"


def test_two_underscores_are_mangled_inside_a_class_body_only() -> None:
    class Account:
        __balance = 10

        def balance(self) -> int:
            return self.__balance

    assert "_Account__balance" in vars(Account)
    assert "__balance" not in vars(Account)
    assert Account()._Account__balance == 10  # type: ignore[attr-defined]
    assert Account().balance() == 10


def test_inside_a_class_a_modules_double_underscore_name_is_mangled_too() -> None:
    namespace: dict[str, object] = {}
    source = (
        "def __helper():\n    return 1\n"
        "class Till:\n    def ask(self):\n        return __helper()\n"
    )
    exec(source, namespace)
    till = namespace["Till"]
    with pytest.raises(NameError, match="_Till__helper"):
        till().ask()  # type: ignore[operator]
