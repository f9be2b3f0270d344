"""Strings on the Python side: one immutable str of code points."""

import sys

import pytest

from ch03_types.strings import build_greeting, greet, grow_in_place, paired_operations


def test_a_str_cannot_be_changed_in_place() -> None:
    with pytest.raises(TypeError, match="'str' object does not support item assignment"):
        grow_in_place()


def test_the_lecture_operations_return_what_its_comments_say() -> None:
    assert paired_operations() == [
        ("upper", "ALICE"),
        ("contains", True),
        ("split", ["a", "b", "c"]),
        ("join", "a-b-c"),
        ("strip", "hello"),
        ("replace", "Alice"),
    ]


def test_f_strings_and_concatenation_build_the_greeting() -> None:
    name = "Alice"
    assert f"Hello, {name}!" == build_greeting(name) == "Hello, Alice!"
    assert greet("world") == "Hello, world!"


def test_list_of_a_str_is_its_code_points() -> None:
    assert list("Alice") == ["A", "l", "i", "c", "e"]
    assert list("👍🏽") == ["👍", "🏽"]


def test_upper_returns_a_new_object() -> None:
    name = "alice"
    upper = name.upper()
    assert upper == "ALICE"
    assert upper is not name
    assert name == "alice"


def test_strip_copies_when_there_is_something_to_strip() -> None:
    padded = "  hello  "
    assert padded.strip() is not padded
    bare = "".join(["hel", "lo"])  # a str made at run time, not a shared constant
    assert bare.strip() is bare, "CPython returns the same object when nothing is stripped"


def test_len_counts_code_points_and_encode_counts_bytes() -> None:
    assert len("café") == 4
    assert len("café".encode()) == 5
    assert len("👍🏽") == 2
    assert len("👍🏽".encode()) == 8


def test_slicing_and_indexing_count_code_points() -> None:
    assert "café"[0:4] == "café"
    assert "café"[3] == "é"
    assert "éclair"[0] == "é"


def test_a_str_may_hold_a_lone_surrogate_that_utf_8_cannot_encode() -> None:
    lone = "\ud800"
    assert len(lone) == 1
    with pytest.raises(UnicodeEncodeError, match="surrogates not allowed"):
        lone.encode("utf-8")


def test_upper_casing_can_change_the_length() -> None:
    assert "straße".upper() == "STRASSE"


def test_a_str_is_reference_counted_in_cpython() -> None:
    text = "".join(["ref", "counted"])  # made at run time: not a shared constant
    before = sys.getrefcount(text)
    other = text
    assert sys.getrefcount(text) == before + 1
    del other
    assert sys.getrefcount(text) == before


def mapped_file(address: int) -> str | None:
    """The file mapped at ``address`` in this process (Linux), or "" for anonymous memory."""
    with open("/proc/self/maps") as maps:
        for line in maps:
            fields = line.split()
            start, end = (int(bound, 16) for bound in fields[0].split("-"))
            if start <= address < end:
                return fields[5] if len(fields) > 5 else ""
    return None


def test_a_str_made_at_run_time_is_on_the_heap_but_one_letter_strs_are_static() -> None:
    # CPython 3.11 keeps "" and the one-character Latin-1 strs as singletons inside the
    # interpreter's own binary (id() is the object's address in CPython).
    made = "".join(["Al", "ice"])
    heap = mapped_file(id(made))
    assert heap is not None
    assert heap == "" or heap.startswith("["), heap
    for static in ["a", ""]:
        binary = mapped_file(id(static))
        assert binary is not None
        assert "python" in binary.rsplit("/", 1)[-1], binary
