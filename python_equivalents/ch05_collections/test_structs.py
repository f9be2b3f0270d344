"""Classes, dunder methods and inheritance on the Python side."""

import gc
import sys
import tracemalloc
from dataclasses import dataclass

import pytest

from ch05_collections.composition import (
    Cat,
    Dog,
    Fish,
    Pet,
    Robot,
    RobotDog,
    RobotToy,
    roll_call_lines,
)
from ch05_collections.dunder_traits import (
    Deck,
    PlainPoint,
    Point,
    distinct_points,
    iterate_bare,
    session_log,
    sorted_points,
)
from ch05_collections.newtype import Meters, Seconds
from ch05_collections.rectangle import Rectangle, bytes_for


def test_the_dataclass_prints_what_the_lecture_says() -> None:
    r = Rectangle(10.0, 5.0)
    assert str(r.area()) == "50.0"
    assert str(r) == "Rectangle(10.0 x 5.0)"
    assert r.perimeter() == 30.0
    assert r.scale(2.0) == Rectangle(20.0, 10.0)
    # "class with __init__, methods, properties": @dataclass wrote __init__; there is no property.
    assert "__init__" in vars(Rectangle)
    assert not [v for v in vars(Rectangle).values() if isinstance(v, property)]


def test_the_dataclass_repr_reads_like_a_call() -> None:
    assert repr(Rectangle(10.0, 5.0)) == "Rectangle(width=10.0, height=5.0)"


def test_an_instance_is_a_header_and_more_and_its_floats_are_objects() -> None:
    r = Rectangle(10.0, 5.0)
    assert object.__basicsize__ == 16  # the header proper: reference count and type pointer
    assert sys.getsizeof(r) > object.__basicsize__
    if sys.version_info[:2] == (3, 11):
        assert sys.getsizeof(r) == 56  # the lecture's figure: the whole instance, on 3.11
    assert sys.getsizeof(r.width) == 24  # each float is an object of its own
    assert gc.is_tracked(r)


def test_a_rectangle_costs_over_a_hundred_bytes_with_its_floats() -> None:
    per_rectangle = bytes_for(1000) / 1000
    assert per_rectangle > 100, per_rectangle
    if sys.version_info[:2] == (3, 11):
        # 56 (instance) + attribute values + 2 x 24 (floats) + 8 (the list's pointer): 148.
        assert 130 < per_rectangle < 170, per_rectangle


def dict_bytes_per_object(objects: list[Rectangle]) -> float:
    """Bytes newly allocated, per object, by reading each object's ``__dict__``."""
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        dicts = [vars(o) for o in objects]
        after = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    assert len(dicts) == len(objects)
    return (after - before - sys.getsizeof(dicts)) / len(objects)


def test_the_instance_dict_is_built_only_when_someone_asks_for_it() -> None:
    # A thousand, so that the dict free list (80 entries) cannot hide the allocations.
    rectangles = [Rectangle(float(i), 1.0) for i in range(1000)]
    if sys.version_info[:2] == (3, 11):
        assert dict_bytes_per_object(rectangles) > 40  # the first read builds each dict
    assert dict_bytes_per_object(rectangles) < 1  # the second finds it built

    @dataclass(slots=True)
    class SlottedRectangle:
        width: float
        height: float

    assert not hasattr(SlottedRectangle(10.0, 5.0), "__dict__")


def test_without_eq_python_compares_identity() -> None:
    a, b = PlainPoint(1, 2), PlainPoint(1, 2)
    assert a != b
    assert a == a
    assert Point(1, 2) == Point(1, 2)


def test_a_dataclass_with_eq_is_unhashable_unless_frozen() -> None:
    assert Rectangle.__hash__ is None
    with pytest.raises(TypeError, match="unhashable type: 'Rectangle'"):
        hash(Rectangle(10.0, 5.0))
    assert distinct_points() == 2


def test_order_true_compares_as_tuples() -> None:
    assert sorted_points() == [(0, 5), (1, 1), (1, 2)]
    assert Point(0, 9) < Point(1, 0)


def test_dunder_add_gives_plus() -> None:
    assert Point(1, 2) + Point(3, 4) == Point(4, 6)


def test_iter_makes_a_class_iterable() -> None:
    assert list(Deck(["ace", "king"])) == ["ace", "king"]
    with pytest.raises(TypeError, match="'BareDeck' object is not iterable"):
        iterate_bare()


def test_len_getitem_contains() -> None:
    deck = Deck(["ace", "king", "queen"])
    assert len(deck) == 3
    assert deck[1] == "king"
    assert "king" in deck
    assert "joker" not in deck


def test_exit_runs_at_the_end_of_the_with_block() -> None:
    assert session_log() == ["open", "work", "close", "after"]


def test_subclasses_speak_and_a_forgotten_override_raises_at_the_call() -> None:
    assert roll_call_lines([Dog("Rex"), Cat("Tom")]) == ["Rex says Woof!", "Tom says Meow!"]
    nemo = Fish("Nemo")  # accepted: nothing is checked when the class is defined or built
    with pytest.raises(NotImplementedError):
        nemo.speak()


def test_anything_with_speak_joins_the_roll_call() -> None:
    assert roll_call_lines([Robot()]) == ["Beep!"]  # type: ignore[list-item]


def test_the_mro_settles_a_name_two_bases_define() -> None:
    assert RobotDog.__mro__[1:3] == (Pet, RobotToy)
    assert RobotDog("Rex").title() == "Rex the pet"
    assert RobotToy.title(RobotDog("Rex")) == "Rex the robot"


def test_a_newtype_is_the_bare_value_at_run_time() -> None:
    distance = Meters(100.0)
    assert type(distance) is float
    assert Meters(100.0) + Seconds(9.58) == pytest.approx(109.58)
    assert sys.getsizeof(distance) == 24
