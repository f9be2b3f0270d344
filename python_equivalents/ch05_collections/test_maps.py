"""Dicts and the other collections on the Python side."""

import heapq
from collections import Counter, defaultdict, deque

import pytest

from ch05_collections.hashmap_dict import ORDER_KEYS, SENTENCE, creations, operations, word_count
from ch05_collections.other_collections import HEAP_ITEMS, heap_pops
from ch05_collections.word_frequency import TEXT, word_frequencies


def test_the_four_dict_creations() -> None:
    assert creations() == ['{"Alice":100,"Bob":85}', "{}", '{"x":1,"y":2}', '{"k1":10,"k2":20}']


def test_the_lecture_comprehension_needs_keys_and_values() -> None:
    with pytest.raises(NameError, match="name 'keys' is not defined"):
        exec("{k: v for k, v in zip(keys, values)}", {})


def test_counting_words_never_defined_is_a_name_error() -> None:
    # The lecture's defaultdict loop reads `words`, which its block never binds. Run through
    # exec so that ruff and mypy, which would refuse this file for the unbound name, let it be.
    loop = "counts = defaultdict(int)\nfor word in words:\n    counts[word] += 1\n"
    namespace: dict[str, object] = {"defaultdict": defaultdict}
    with pytest.raises(NameError, match="name 'words' is not defined"):
        exec(loop, namespace)
    assert namespace["counts"] == {}  # the lines before the loop ran


def test_the_lecture_dict_operations() -> None:
    d = {"a": 1, "b": 2}
    d["c"] = 3
    assert d["a"] == 1
    assert d.get("z", 0) == 0
    del d["b"]
    assert "a" in d
    assert list(d.keys()) == ["a", "c"]
    assert list(d.values()) == [1, 3]
    assert list(d.items()) == [("a", 1), ("c", 3)]
    assert len(d) == 2
    assert dict(operations())["keys_sorted"] == '["a","c"]'


def test_assignment_is_a_statement_with_no_old_value() -> None:
    with pytest.raises(SyntaxError, match="cannot use assignment expressions with subscript"):
        compile('old = (d["a"] := 10)', "<lecture>", "exec")
    d = {"a": 1}
    old = d.get("a")  # the old value, read before the assignment
    d["a"] = 10
    assert (old, d) == (1, {"a": 10})


def test_a_missing_key_is_a_key_error() -> None:
    with pytest.raises(KeyError, match="zz"):
        {"a": 1}["zz"]


def test_del_of_a_missing_key_is_a_key_error_and_pop_is_the_twin_of_remove() -> None:
    d = {"a": 1}
    with pytest.raises(KeyError):
        del d["zz"]
    assert d.pop("zz", None) is None
    assert d.pop("a", None) == 1


def test_update_overwrites_like_extend() -> None:
    d = {"a": 1, "c": 3}
    d.update([("c", 30), ("d", 4)])
    assert d == {"a": 1, "c": 30, "d": 4}


def test_setdefault_returns_the_value_and_defaultdict_inserts_on_read() -> None:
    d = {"a": 1}
    assert d.setdefault("a", 99) == 1
    assert d.setdefault("e", 5) == 5
    counts = word_count(SENTENCE.split())
    assert counts["the"] == 2
    assert counts["fox"] == 2
    assert "cat" not in counts
    assert counts["cat"] == 0  # reading a missing key...
    assert "cat" in counts  # ...inserted it
    lazy: defaultdict[str, int] = defaultdict(int)
    assert lazy.get("cat") is None  # `get` does not insert
    assert "cat" not in lazy


def test_a_dict_iterates_in_insertion_order() -> None:
    d = {k: i for i, k in enumerate(ORDER_KEYS)}
    assert list(d) == ORDER_KEYS
    assert list(d) != sorted(ORDER_KEYS)


def test_set_deque_and_heapq() -> None:
    a, b = {1, 2, 3}, {2, 3, 4}
    assert (a | b, a & b, a - b) == ({1, 2, 3, 4}, {2, 3}, {1})
    d = deque([2, 3])
    d.appendleft(1)
    d.append(4)
    assert list(d) == [1, 2, 3, 4]
    assert heap_pops(HEAP_ITEMS) == [1, 2, 3, 5, 8, 9]  # heapq is a min-heap
    assert heapq.nlargest(1, HEAP_ITEMS) == [9]


def test_split_breaks_at_the_ascii_separators() -> None:
    text = "a\x1fb a"
    assert text.split() == ["a", "b", "a"]
    assert all(len(f"a{chr(c)}b".split()) == 2 for c in range(0x1C, 0x20))
    assert word_frequencies("a\x1fb a") == Counter({"a": 2, "b": 1})


def test_counter_breaks_ties_by_first_appearance() -> None:
    freq = word_frequencies(TEXT)
    assert freq["the"] == 2
    assert freq["fox"] == 2
    assert freq.most_common(2) == [("the", 2), ("fox", 2)]
    assert word_frequencies("Straße STRASSE ΟΔΟΣ οδος") == Counter(
        {"straße": 1, "strasse": 1, "οδος": 2}
    )


def test_update_leaves_its_argument_alone() -> None:
    d, other = {"a": 1}, {"a": 10, "b": 2}
    d.update(other)
    assert d == {"a": 10, "b": 2}
    assert other == {"a": 10, "b": 2}


def test_a_float_is_a_dict_key() -> None:
    prices = {2.5: "two and a half"}
    assert prices[2.5] == "two and a half"
    assert prices[5 / 2] == "two and a half"


def mark_each_key(d: dict[str, int]) -> None:
    """The loop of the Rust ui test: insert while walking the keys."""
    for k in d:  # a dict iterates over its keys
        d[k + "!"] = 0


def test_keys_is_a_live_view_and_changing_the_dict_mid_loop_raises() -> None:
    d = {"a": 1}
    keys = d.keys()
    d["b"] = 2
    assert list(keys) == ["a", "b"]  # a view: it sees the later insertion
    assert list(keys) == ["a", "b"]  # and can be walked again
    assert keys & {"b", "z"} == {"b"}  # and is set-like
    with pytest.raises(RuntimeError, match="dictionary changed size during iteration"):
        mark_each_key(d)
