"""Resources on the Python side: what closes a file, and which of it the language guarantees."""

import gc
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import pytest

from ch01_case_for_rust.philosophy import (
    FdCounts,
    descriptors_open_on,
    file_closed_at_block_end,
    file_closed_by_del,
    scratch_file,
)

OPEN_THEN_CLOSED = FdCounts(before=0, inside=1, after=0)


@pytest.fixture
def scratch(request: pytest.FixtureRequest) -> Iterator[Path]:
    path = scratch_file(f"pytest-{request.node.name}")
    yield path
    path.unlink(missing_ok=True)


def test_a_with_block_closes_the_file_when_it_ends(scratch: Path) -> None:
    assert file_closed_at_block_end(scratch) == OPEN_THEN_CLOSED


def test_del_closes_the_file_through_refcounting_with_a_resource_warning(scratch: Path) -> None:
    # Closed at once, but CPython itself says this is relying on an implementation detail.
    with pytest.warns(ResourceWarning, match="unclosed file"):
        assert file_closed_by_del(scratch) == OPEN_THEN_CLOSED


class Holder:
    """Something that owns a file and, through a back-pointer, itself."""

    def __init__(self, file: IO[str]) -> None:
        self.file = file
        self.me = self


@pytest.mark.usefixtures("restore_gc")
def test_a_file_held_in_a_reference_cycle_stays_open_until_collected(scratch: Path) -> None:
    gc.disable()
    holder = Holder(scratch.open())  # owned by the cycle, on purpose
    assert descriptors_open_on(scratch) == 1
    del holder
    assert descriptors_open_on(scratch) == 1, "no reference count reached zero"
    with pytest.warns(ResourceWarning, match="unclosed file"):
        gc.collect()
    assert descriptors_open_on(scratch) == 0


def test_str_int_tuple_and_frozenset_cannot_be_changed_in_place() -> None:
    # "Everything mutable" is not Python: these built-in types have no operation that changes
    # a value in place; `+=` on them makes a new object and rebinds the name.
    text, pair, frozen = "abc", (1, 2), frozenset({1})
    with pytest.raises(TypeError, match="'str' object does not support item assignment"):
        text[0] = "x"  # type: ignore[index]
    with pytest.raises(TypeError, match="'tuple' object does not support item assignment"):
        pair[0] = 9  # type: ignore[index]
    with pytest.raises(TypeError, match="'bytes' object does not support item assignment"):
        b"abc"[0] = 120  # type: ignore[index]
    with pytest.raises(AttributeError, match="'frozenset' object has no attribute 'add'"):
        frozen.add(2)  # type: ignore[attr-defined]
    number = 10**30
    alias = number
    number += 1
    assert alias == 10**30
    assert number is not alias
