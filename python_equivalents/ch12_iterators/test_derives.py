"""@dataclass against derives. Ledger: ``derive/*``, ``exercise/*``."""

import copy
import json
from dataclasses import FrozenInstanceError

import pytest

from ch12_iterators.derives import (
    Grade,
    Point,
    RedactedUser,
    Student,
    alice,
    clone_shares_list,
    regrade,
    sorted_students,
    total_ordering_without_an_order,
)


def test_dataclass_repr_and_eq() -> None:
    p = Point(1.0, 2.5)
    assert repr(p) == "Point(x=1.0, y=2.5)"
    assert copy.copy(p) == p


def test_order_true_compares_fields_in_declaration_order() -> None:
    order = ", ".join(f"{s.name} {s.grade}" for s in sorted_students())
    assert order == "Alice 70, Alice 90, Bob 85"


def test_frozen_refuses_assignment_at_run_time() -> None:
    assert regrade(Student("Ada", 80)).startswith("FrozenInstanceError")
    with pytest.raises(FrozenInstanceError):
        Student("Ada", 80).grade = 85  # type: ignore[misc]


def test_a_shallow_copy_shares_a_list_field() -> None:
    assert clone_shares_list()


def test_frozen_dataclass_is_hashable_and_has_defaults() -> None:
    assert len({Student("Ada", 1), Student("Ada", 1), Student("Bo", 2)}) == 2
    assert Student() == Student("", 0)


def test_the_dataclass_repr_shows_the_hash_unless_repr_false() -> None:
    assert "a1b2c3d4e5f6" in repr(alice())
    hidden = RedactedUser("Alice", "alice@example.com", "a1b2c3d4e5f6")
    assert repr(hidden) == "RedactedUser(name='Alice', email='alice@example.com')"


def test_json_by_hand_from_dict_and_back() -> None:
    # The decorator table's Python column: json.dumps(obj.__dict__), MyClass(**json.loads(s)).
    text = json.dumps(Student("Ada", 90).__dict__, separators=(",", ":"))
    assert text == '{"name":"Ada","grade":90}'
    assert Student(**json.loads(text)) == Student("Ada", 90)
    # Nothing checks the types: a string lands in the int field.
    assert Student(**json.loads('{"name":"Ada","grade":"ninety"}')).grade == "ninety"


def test_total_ordering_fills_in_comparisons_from_eq_and_one_method() -> None:
    # Not a field-wise order: the decorator writes >, <= and >= from the __lt__ written by hand.
    assert {"__gt__", "__le__", "__ge__"} <= set(vars(Grade))
    assert Grade(2) > Grade(1)
    assert Grade(1) <= Grade(1)
    assert [g.points for g in sorted([Grade(3), Grade(1), Grade(2)])] == [1, 2, 3]
    # Checked when the class is made: no order method at all is refused.
    assert total_ordering_without_an_order() == (
        "ValueError: must define at least one ordering operation: < > <= >="
    )
