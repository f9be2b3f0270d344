"""Python's Enum, tagged classes and unions of dataclasses, on CPython."""

import pytest

from ch06_enums.messages import (
    Move,
    Status,
    TaggedMessage,
    bytes_per_object,
    process,
    process_tagged,
    samples,
)


def test_enum_members_carry_one_fixed_value_and_are_looked_up_by_it() -> None:
    assert Status.ACTIVE.value == "active"
    assert Status("active") is Status.ACTIVE
    with pytest.raises(ValueError, match="'actve' is not a valid Status"):
        Status("actve")


def test_an_enum_member_holds_no_data_of_its_own() -> None:
    # A member is a singleton: every lookup returns the same object, so anything attached to one
    # "active" status is attached to all of them. Data per value needs another class.
    first, second = Status("active"), Status["ACTIVE"]
    assert first is second is Status.ACTIVE
    first.note = "set on the first lookup"  # type: ignore[attr-defined]
    try:
        assert second.note == "set on the first lookup"  # type: ignore[attr-defined]
    finally:
        del first.note  # type: ignore[attr-defined]


def test_the_tagged_class_accepts_any_kind_and_any_fields() -> None:
    typo = TaggedMessage(kind="txt", content="hello")
    assert typo.kind == "txt"
    image = TaggedMessage(kind="image", url="...", width=100)
    assert "height" not in image.data


def test_a_missing_field_of_the_tagged_class_fails_only_when_read() -> None:
    half = TaggedMessage(kind="move", x=1)
    with pytest.raises(KeyError, match="'y'"):
        process_tagged(half)


def test_a_dataclass_union_processes_like_the_rust_enum() -> None:
    assert [process(m) for m in samples()] == [
        "Text: hello",
        "Image: cat.png (100x80)",
        "Quitting",
        "Moving to (3, -4)",
    ]


def test_a_dataclass_refuses_a_missing_field_at_construction() -> None:
    with pytest.raises(TypeError, match="missing 1 required positional argument: 'y'"):
        Move(1)  # type: ignore[call-arg]


def test_a_python_move_message_takes_several_times_the_rust_enums_32_bytes() -> None:
    sizes = bytes_per_object(count=1000)
    # Each object, its attribute dict (or the tagged class's two dicts), two int objects, and
    # the list's pointer to it; even with __slots__ (no dict) a message is over 3 times 32.
    assert sizes["slots dataclass"] > 3 * 32
    assert sizes["dataclass"] > sizes["slots dataclass"]
    assert sizes["tagged class"] > 2 * sizes["dataclass"]
