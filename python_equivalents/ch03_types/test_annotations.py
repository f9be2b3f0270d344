"""Type hints on the Python side: not enforced when the program runs, yet read at run time."""

import dataclasses

import pytest
from pydantic import BaseModel, ValidationError

from ch03_types.annotations import Mapping, UserId, add, find, first


def test_add_accepts_strs_and_concatenates() -> None:
    assert add(1, 2) == 3
    joined: object = add("a", "b")  # type: ignore[arg-type]
    assert joined == "ab"


def test_add_of_an_int_and_a_str_raises_type_error_inside() -> None:
    with pytest.raises(TypeError, match=r"unsupported operand type\(s\) for \+: 'int' and 'str'"):
        add(1, "2")  # type: ignore[arg-type]


def test_first_and_find_return_none_for_the_missing_case() -> None:
    assert first([3, 4]) == 3
    assert first([]) is None
    assert find("key") == 42


def test_an_alias_is_the_same_type() -> None:
    assert UserId is int
    assert Mapping == dict[str, list[int]]


def test_hints_are_kept_at_run_time_and_libraries_use_them() -> None:
    assert add.__annotations__ == {"a": "int", "b": "int", "return": "int"}

    @dataclasses.dataclass
    class WithHint:
        x: int

    class WithoutHint:
        x = 0

    assert [f.name for f in dataclasses.fields(WithHint)] == ["x"]
    assert dataclasses.fields(dataclasses.dataclass(WithoutHint)) == ()  # type: ignore[arg-type]


def test_pydantic_enforces_hints_when_it_builds_a_model() -> None:
    class User(BaseModel):
        id: int

    with pytest.raises(ValidationError, match="Input should be a valid integer"):
        User(id="not-a-number")  # type: ignore[arg-type]
