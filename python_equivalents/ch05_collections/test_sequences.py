"""Tuples, lists and slices on the Python side: what the lecture prints, and what raises."""

import pytest

from ch05_collections.arrays_slices import DATA, middle_is_a_view, slicings
from ch05_collections.tuples import Point, checked_min_max, min_max, record_fields, unpack_point
from ch05_collections.vec_list import get_or, operations


def test_a_tuple_unpacks_and_holds_mixed_types() -> None:
    assert unpack_point() == "x=3.0, y=4.0"
    assert record_fields() == ("Alice", 30, True)
    assert [type(field) for field in record_fields()] == [str, int, bool]


def test_a_named_tuple_reads_by_name_and_by_position() -> None:
    p = Point(3.0, 4.0)
    assert p.x == 3.0
    assert p[0] == 3.0  # still a tuple: positions work too
    assert isinstance(p, tuple)


def test_a_tuple_refuses_item_assignment() -> None:
    point = (3.0, 4.0)
    with pytest.raises(TypeError, match="'tuple' object does not support item assignment"):
        point[0] = 5.0  # type: ignore[index]


def test_min_of_an_empty_list_is_a_value_error() -> None:
    assert min_max([3, 1, 4, 1, 5]) == (1, 5)
    with pytest.raises(ValueError, match="empty"):
        min_max([])
    assert checked_min_max([]) is None


def test_a_list_grows_and_holds_mixed_types() -> None:
    numbers = [1, 2, 3, 4, 5]
    numbers.append(6)
    assert numbers == [1, 2, 3, 4, 5, 6]
    mixed = [1, "two", 3.0]
    assert [type(x) for x in mixed] == [int, str, float]


def test_a_list_slice_is_a_shallow_copy() -> None:
    middle, same_memory = middle_is_a_view([1, 2, 3, 4, 5])
    assert middle == [2, 3, 4]
    assert not same_memory
    data = [[1], [2]]
    copy = data[:1]
    assert copy is not data
    assert copy[0] is data[0]  # new list, same item objects


def test_the_lecture_slicings() -> None:
    assert slicings(DATA) == [[10, 20, 30], [40, 50], [40, 50], [50, 40, 30, 20, 10]]


def test_an_index_out_of_range_is_an_index_error() -> None:
    assert DATA[-1] == 50
    with pytest.raises(IndexError, match="list index out of range"):
        DATA[10]


def test_a_slice_out_of_range_clamps() -> None:
    assert DATA[1:100] == [20, 30, 40, 50]
    assert DATA[10:20] == []


def test_the_four_list_creations() -> None:
    assert [[1, 2, 3], [], [0] * 10, list(range(1, 6))] == [
        [1, 2, 3],
        [],
        [0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
        [1, 2, 3, 4, 5],
    ]


def test_the_lecture_list_operations() -> None:
    assert operations() == [
        ("push", "[1,2,3,4]"),
        ("extend", "[1,2,3,4,5,6]"),
        ("insert", "[0,1,2,3,4,5,6]"),
        ("pop", "6"),
        ("after_pop", "[0,1,2,3,4,5]"),
        ("len", "6"),
        ("sorted_copy", "[0,1,2,3,4,5]"),
        ("reverse", "[5,4,3,2,1,0]"),
        ("contains_3", "true"),
        ("position_3", "2"),
    ]


def test_pop_of_an_empty_list_is_an_index_error() -> None:
    with pytest.raises(IndexError, match="pop from empty list"):
        [].pop()


def test_remove_of_an_absent_value_is_a_value_error() -> None:
    v = [1, 2, 3, 2]
    assert v.remove(2) is None  # type: ignore[func-returns-value]
    assert v == [1, 3, 2]
    with pytest.raises(ValueError, match=r"list.remove\(x\): x not in list"):
        v.remove(9)


def test_del_returns_nothing_and_pop_i_returns_the_item() -> None:
    d = [10, 20, 30]
    assert d.pop(1) == 20
    del d[0]
    assert d == [30]
    with pytest.raises(IndexError):
        del d[5]


def test_sorted_returns_a_new_list_and_sort_returns_none() -> None:
    source = [3, 1, 2]
    copy = sorted(source)
    assert copy == [1, 2, 3]
    assert source == [3, 1, 2]
    assert source.sort() is None
    assert source == [1, 2, 3]


def test_a_list_has_no_get() -> None:
    assert not hasattr([], "get")
    with pytest.raises(AttributeError, match="'list' object has no attribute 'get'"):
        [10, 20].get(1, 0)  # type: ignore[attr-defined]
    assert get_or([10, 20, 30], 1, -1) == 20
    assert get_or([10, 20, 30], 7, -1) == -1


def test_unpacking_the_wrong_number_of_items_fails_only_when_the_line_runs() -> None:
    record = ("Alice", 30, True)
    with pytest.raises(ValueError, match=r"too many values to unpack \(expected 2\)"):
        _name, _age = record  # type: ignore[misc]
    first, *rest = record  # star-unpacking: a Rust tuple pattern has no `*rest`
    assert (first, rest) == ("Alice", [30, True])


def test_insert_clamps_its_index_and_counts_from_the_end() -> None:
    v = [1, 2, 3]
    v.insert(100, 4)
    assert v == [1, 2, 3, 4]
    v.insert(-1, 9)
    assert v == [1, 2, 3, 9, 4]


def test_extend_leaves_its_argument_alone() -> None:
    nums, other = [1, 2, 3], [4, 5]
    nums.extend(other)
    assert nums == [1, 2, 3, 4, 5]
    assert other == [4, 5]


def test_a_list_of_floats_sorts_without_ceremony() -> None:
    prices = [2.5, 1.0, 9.75]
    prices.sort()
    assert prices == [1.0, 2.5, 9.75]
