"""Dunder methods against std traits on CPython 3.11. Ledger: std/*, glance/*."""

from __future__ import annotations

import functools
import gc
import math
import weakref
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest

from ch10_traits.std_traits import (
    Celsius,
    Countdown,
    Point,
    Student,
    clone_shares,
    drop_order,
    show_students,
    sorted_students,
)


def test_repr_is_written_by_the_dataclass_and_str_by_us() -> None:
    point = Point(1.0, 2.5)
    assert repr(point) == "Point(x=1.0, y=2.5)"
    assert str(point) == "(1, 2.5)"


def test_str_falls_back_to_repr() -> None:
    class OnlyRepr:
        def __repr__(self) -> str:
            return "OnlyRepr()"

    assert str(OnlyRepr()) == "OnlyRepr()"


def test_order_true_sorts_by_name_then_grade() -> None:
    assert show_students(sorted_students()) == "Alice 70, Alice 92, Charlie 85"
    assert Student("Alice", 92) < Student("Bob", 0)


def test_frozen_students_are_dict_keys() -> None:
    grades = {s: s.grade for s in sorted_students()}
    assert grades[Student("Charlie", 85)] == 85


def test_defining_eq_without_hash_makes_a_class_unhashable() -> None:
    class OnlyEq:
        def __eq__(self, other: object) -> bool:
            return True

    with pytest.raises(TypeError, match="unhashable type: 'OnlyEq'"):
        hash(OnlyEq())


def test_nan_is_not_equal_to_itself() -> None:
    assert math.nan != math.nan


def test_countdown_from_5_yields_5_4_3_2_1() -> None:
    assert list(Countdown(5)) == [5, 4, 3, 2, 1]


def test_deepcopy_copies_the_inner_list_and_a_reference_shares_it() -> None:
    assert clone_shares() == (False, True)


def test_exit_runs_at_the_end_of_each_with_block() -> None:
    assert " | ".join(drop_order()) == (
        "end of inner scope | drop inner | end of outer scope | drop outer"
    )


def test_del_of_an_object_in_a_cycle_waits_for_the_collector() -> None:
    log: list[str] = []

    class Node:
        def __init__(self) -> None:
            self.other: Node | None = None

        def __del__(self) -> None:
            log.append("del")

    gc.disable()
    try:
        a, b = Node(), Node()
        a.other, b.other = b, a
        alive = weakref.ref(a)
        del a, b
        assert log == []
        assert alive() is not None
        gc.collect()
        assert log == ["del", "del"]
    finally:
        gc.enable()


def test_one_init_branches_on_the_argument_type() -> None:
    assert Celsius(21).degrees == 21.0
    assert Celsius("36.6°C").degrees == 36.6


def test_a_second_init_replaces_the_first() -> None:
    class Twice:
        def __init__(self, value: int) -> None:
            self.value = value

        def __init__(self, value: int, unit: str) -> None:  # type: ignore[no-redef]  # noqa: F811
            self.value = value

    with pytest.raises(TypeError, match="missing 1 required positional argument: 'unit'"):
        Twice(1)


def test_an_int_assigned_to_another_name_is_the_same_object() -> None:
    a = 1000
    b = a
    assert b is a


def test_init_defaults_fill_the_missing_arguments() -> None:
    @dataclass
    class Settings:
        retries: int = 0
        name: str = ""

    assert Settings() == Settings(0, "")


def test_getitem_is_called_by_square_brackets() -> None:
    class Grid:
        def __getitem__(self, at: tuple[int, int]) -> int:
            return at[0] * 10 + at[1]

    assert Grid()[2, 3] == 23


def test_getattr_forwards_missing_attributes_to_a_wrapped_object() -> None:
    class Wrapper:
        def __init__(self, inner: str) -> None:
            self.inner = inner

        def __getattr__(self, name: str) -> object:
            return getattr(self.inner, name)

    wrapped: Any = Wrapper("hello")
    assert wrapped.upper() == "HELLO"


def test_str_is_what_format_and_print_use() -> None:
    point = Point(1.0, 2.5)
    assert f"{point}" == str(point) == "(1, 2.5)"


def test_repr_quotes_and_escapes_a_string() -> None:
    assert repr("hi\n") == "'hi\\n'"
    assert repr(Student("Alice", 92)) == "Student(name='Alice', grade=92)"


def test_eq_is_what_double_equals_calls_and_ne_follows_from_it() -> None:
    class Caseless:
        def __init__(self, name: str) -> None:
            self.name = name

        def __eq__(self, other: object) -> bool:
            return isinstance(other, Caseless) and self.name.lower() == other.name.lower()

    assert Caseless("Alice") == Caseless("ALICE")
    assert Caseless("Alice") != Caseless("Bob")


def test_lt_alone_gives_gt_but_not_le() -> None:
    class Version:
        def __init__(self, number: int) -> None:
            self.number = number

        def __lt__(self, other: Version) -> bool:
            return self.number < other.number

    old, new = Version(1), Version(2)
    assert old < new
    assert new > old
    with pytest.raises(TypeError, match="'<=' not supported between instances of 'Version'"):
        old <= new  # type: ignore[operator]  # noqa: B015

    @functools.total_ordering
    class TotalVersion:
        def __init__(self, number: int) -> None:
            self.number = number

        def __lt__(self, other: TotalVersion) -> bool:
            return self.number < other.number

    assert TotalVersion(1) <= TotalVersion(2)


def test_iter_alone_makes_a_class_iterable_and_next_alone_does_not() -> None:
    class Deck:
        def __iter__(self) -> Iterator[str]:
            yield from ("ace", "king")

    class OnlyNext:
        def __next__(self) -> str:
            raise StopIteration

    assert list(Deck()) == ["ace", "king"]
    with pytest.raises(TypeError, match="'OnlyNext' object is not iterable"):
        iter(OnlyNext())  # type: ignore[call-overload]
