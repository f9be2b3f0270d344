"""The lecture's Python blocks exactly as printed, run on this interpreter with ``exec``: what
they print and the values their comments name are what these tests compare. They are kept as
text because they are the lecture's code, not ours, and must stay character for character. Two
blocks use names they never define (``keys``, ``values``, ``words``) and stop with ``NameError``.
"""

import contextlib
import io
from typing import Any

import pytest

TUPLES_BLOCK = """\
# Python — tuples are immutable sequences
point = (3.0, 4.0)
x, y = point                    # Unpacking
print(f"x={x}, y={y}")

# Tuples can hold mixed types
record = ("Alice", 30, True)
name, age, active = record

# Named tuples for clarity
from typing import NamedTuple

class Point(NamedTuple):
    x: float
    y: float

p = Point(3.0, 4.0)
print(p.x)                      # Named access
"""


LISTS_BLOCK = """\
# Python — lists are dynamic, heterogeneous
numbers = [1, 2, 3, 4, 5]       # Can grow, shrink, hold mixed types
numbers.append(6)
mixed = [1, "two", 3.0]         # Mixed types allowed
"""


SLICING_BLOCK = """\
# Python slicing — creates copies
data = [10, 20, 30, 40, 50]
first_three = data[:3]          # New list: [10, 20, 30]
last_two = data[-2:]            # New list: [40, 50]
reversed_data = data[::-1]      # New list: [50, 40, 30, 20, 10]
"""


RECTANGLE_BLOCK = """\
# Python — class with __init__, methods, properties
from dataclasses import dataclass

@dataclass
class Rectangle:
    width: float
    height: float

    def area(self) -> float:
        return self.width * self.height

    def perimeter(self) -> float:
        return 2.0 * (self.width + self.height)

    def scale(self, factor: float) -> "Rectangle":
        return Rectangle(self.width * factor, self.height * factor)

    def __str__(self) -> str:
        return f"Rectangle({self.width} x {self.height})"

r = Rectangle(10.0, 5.0)
print(r.area())         # 50.0
print(r)                # Rectangle(10.0 x 5.0)
"""


INHERITANCE_BLOCK = """\
# Python — inheritance
class Animal:
    def __init__(self, name: str):
        self.name = name
    def speak(self) -> str:
        raise NotImplementedError

class Dog(Animal):
    def speak(self) -> str:
        return f"{self.name} says Woof!"

class Cat(Animal):
    def speak(self) -> str:
        return f"{self.name} says Meow!"
"""


LIST_CREATION_BLOCK = """\
# Python
numbers = [1, 2, 3]
empty = []
repeated = [0] * 10
from_range = list(range(1, 6))
"""


LIST_OPERATIONS_BLOCK = """\
# Python list operations
nums = [1, 2, 3]
nums.append(4)                   # [1, 2, 3, 4]
nums.extend([5, 6])             # [1, 2, 3, 4, 5, 6]
nums.insert(0, 0)               # [0, 1, 2, 3, 4, 5, 6]
last = nums.pop()               # 6, nums = [0, 1, 2, 3, 4, 5]
length = len(nums)              # 6
nums.sort()                     # In-place sort
sorted_copy = sorted(nums)     # New sorted list
nums.reverse()                  # In-place reverse
contains = 3 in nums           # True
index = nums.index(3)          # Index of first 3
"""


DICT_CREATION_BLOCK = """\
# Python
scores = {"Alice": 100, "Bob": 85}
empty = {}
from_pairs = dict([("x", 1), ("y", 2)])
comprehension = {k: v for k, v in zip(keys, values)}
"""


DICT_OPERATIONS_BLOCK = """\
# Python dict operations
d = {"a": 1, "b": 2}
d["c"] = 3                      # Insert
val = d["a"]                     # 1 (KeyError if missing)
val = d.get("z", 0)             # 0 (default if missing)
del d["b"]                       # Remove
exists = "a" in d               # True
keys = list(d.keys())           # ["a", "c"]
values = list(d.values())       # [1, 3]
items = list(d.items())         # [("a", 1), ("c", 3)]
length = len(d)                 # 2

# setdefault / defaultdict
from collections import defaultdict
word_count = defaultdict(int)
for word in words:
    word_count[word] += 1
"""


def run(block: str) -> tuple[dict[str, Any], list[str]]:
    """Runs a block in a fresh namespace; returns the namespace and the lines it printed."""
    namespace: dict[str, Any] = {"__name__": "lecture_block"}
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(block, namespace)
    return namespace, out.getvalue().splitlines()


def test_the_tuples_block_prints_floats_with_their_point_zero() -> None:
    ns, printed = run(TUPLES_BLOCK)
    assert printed == ["x=3.0, y=4.0", "3.0"]
    assert (ns["name"], ns["age"], ns["active"]) == ("Alice", 30, True)


def test_the_lists_block_grows_a_list_and_mixes_types() -> None:
    ns, printed = run(LISTS_BLOCK)
    assert printed == []
    assert ns["numbers"] == [1, 2, 3, 4, 5, 6]
    assert [type(x) for x in ns["mixed"]] == [int, str, float]


def test_the_slicing_block_gives_the_new_lists_it_comments() -> None:
    ns, _ = run(SLICING_BLOCK)
    assert ns["first_three"] == [10, 20, 30]
    assert ns["last_two"] == [40, 50]
    assert ns["reversed_data"] == [50, 40, 30, 20, 10]
    assert ns["first_three"] is not ns["data"]


def test_the_rectangle_block_prints_what_its_comments_say() -> None:
    ns, printed = run(RECTANGLE_BLOCK)
    assert printed == ["50.0", "Rectangle(10.0 x 5.0)"]
    # "class with __init__, methods, properties": the dataclass wrote __init__; no property.
    rectangle = ns["Rectangle"]
    assert "__init__" in vars(rectangle)
    assert not [v for v in vars(rectangle).values() if isinstance(v, property)]


def test_the_inheritance_block_defines_speaking_subclasses() -> None:
    ns, printed = run(INHERITANCE_BLOCK)
    assert printed == []
    assert ns["Dog"]("Rex").speak() == "Rex says Woof!"
    assert ns["Cat"]("Tom").speak() == "Tom says Meow!"
    with pytest.raises(NotImplementedError):
        ns["Animal"]("Generic").speak()


def test_the_list_creation_block_gives_the_lecture_values() -> None:
    ns, _ = run(LIST_CREATION_BLOCK)
    assert (ns["numbers"], ns["empty"]) == ([1, 2, 3], [])
    assert ns["repeated"] == [0] * 10
    assert ns["from_range"] == [1, 2, 3, 4, 5]


def test_the_list_operations_block_gives_the_values_it_comments() -> None:
    ns, _ = run(LIST_OPERATIONS_BLOCK)
    assert ns["last"] == 6
    assert ns["length"] == 6
    assert ns["sorted_copy"] == [0, 1, 2, 3, 4, 5]
    assert ns["contains"] is True
    assert ns["index"] == 2  # after the reverse: [5, 4, 3, 2, 1, 0]


def test_the_dict_creation_block_stops_at_its_undefined_keys() -> None:
    with pytest.raises(NameError, match="name 'keys' is not defined"):
        run(DICT_CREATION_BLOCK)


def test_the_dict_operations_block_gives_its_values_then_stops_at_words() -> None:
    # Everything before the loop runs and gives the commented values; the loop does not.
    before_loop = DICT_OPERATIONS_BLOCK.split("# setdefault / defaultdict")[0]
    ns, _ = run(before_loop)
    assert (ns["exists"], ns["keys"], ns["values"]) == (True, ["a", "c"], [1, 3])
    assert ns["items"] == [("a", 1), ("c", 3)]
    assert ns["length"] == 2
    with pytest.raises(NameError, match="name 'words' is not defined"):
        run(DICT_OPERATIONS_BLOCK)
