"""Names and rebinding on the Python side: what the interpreter allows, and when objects go."""

import dataclasses
import weakref
from typing import Final

import pytest

from ch03_types import variables
from ch03_types.variables import (
    Counter,
    Tracked,
    block_scope,
    counter_after_one_increment,
    getter_that_writes,
    rebind_to_another_type,
    rebinding_timeline,
    reference_outlives_rebinding,
    shadowed_input,
)


def test_a_name_can_be_rebound_to_another_type() -> None:
    assert rebind_to_another_type() == "accepted: count is now 'hello'"


def test_a_final_constant_is_reassigned_at_run_time_without_complaint() -> None:
    namespace: dict[str, object] = {"Final": Final}
    exec("MAX_SIZE: Final = 1024\nMAX_SIZE = 999", namespace)
    assert namespace["MAX_SIZE"] == 999
    assert variables.reassign_constant() == "accepted: MAX_SIZE became 999"
    assert variables.MAX_SIZE == 1024, "the demo put the module's value back"


def test_int_of_the_string_doubles_to_84() -> None:
    assert shadowed_input() == (84, ["str", "int", "int"])


def test_rebinding_frees_the_old_object_at_once_in_cpython() -> None:
    assert rebinding_timeline() == ["shadow", "drop first", "end of scope", "drop second"]


def test_a_second_reference_keeps_the_old_object_alive() -> None:
    log: list[str] = []
    value = Tracked("first", log)
    keep = value
    value = Tracked("second", log)
    assert log == [], "the first object still has a name"
    assert keep.name == "first"
    probe = weakref.ref(keep)
    del keep
    assert probe() is None
    assert log == ["drop first"]
    del value


def test_an_old_value_stays_readable_through_another_name() -> None:
    assert reference_outlives_rebinding() == 'old "42" still readable next to new 42'


def test_python_has_no_block_scope() -> None:
    assert block_scope() == (10, 10)


def test_the_lecture_counter_reads_one_after_one_increment() -> None:
    assert counter_after_one_increment() == 1
    assert Counter().get_value() == 0


def test_any_method_can_change_the_object_whatever_its_name() -> None:
    assert getter_that_writes() == "accepted: get_value() changed value from 1 to 2"


@dataclasses.dataclass(frozen=True)
class FrozenCounter:
    value: int = 0


def test_a_frozen_dataclass_refuses_writes_at_run_time_but_can_be_forced() -> None:
    c = FrozenCounter()
    with pytest.raises(dataclasses.FrozenInstanceError):
        c.value = 1  # type: ignore[misc]
    object.__setattr__(c, "value", 1)  # the way dataclasses' own __init__ does it
    assert c.value == 1


def test_names_rebind_but_ints_strs_and_tuples_are_immutable_objects() -> None:
    count = 10**20
    alias = count
    count += 1  # a new int object is bound to `count`; the old one is unchanged
    assert alias == 10**20
    assert count is not alias
    point = (1, 2)
    with pytest.raises(TypeError, match="'tuple' object does not support item assignment"):
        point[0] = 5  # type: ignore[index]
    items = [1, 2]
    same_list = items
    items += [3]  # a list is mutable: += changes the object both names refer to
    assert same_list == [1, 2, 3]
