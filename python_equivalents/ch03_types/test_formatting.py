"""Formatting on the Python side: f-strings, str(), repr() and pprint."""

import sys

import pytest

from ch03_types.formatting import Point, pretty, printed, specifiers


def test_the_lecture_specifiers_print_what_its_comments_say() -> None:
    assert [text for _, text in specifiers()] == [
        "3.14",
        "00042",
        "0xff",
        "        42",
        "left      |",
    ]


def test_print_separates_arguments_by_spaces() -> None:
    assert printed("Name:", "Alice", "Age:", 30) == "Name: Alice Age: 30"


def test_precision_rounds_the_exact_binary_value_half_to_even() -> None:
    assert f"{0.125:.2f} {0.375:.2f} {2.675:.2f}" == "0.12 0.38 2.67"


def test_str_of_a_float_keeps_the_point_and_uses_exponents() -> None:
    assert str(1.0) == "1.0"
    assert str(1e16) == "1e+16"


def test_repr_of_a_list_and_of_a_str() -> None:
    assert repr([1, 2, 3]) == "[1, 2, 3]"
    assert repr("hi") == "'hi'"
    assert repr("it's") == '"it\'s"'
    assert repr(1e16) == "1e+16"


def test_pprint_breaks_lines_only_past_its_width() -> None:
    assert pretty({"key": [1, 2, 3]}) == "{'key': [1, 2, 3]}"
    long = {"key": list(range(30))}
    assert "\n" in pretty(long)


def test_a_dataclass_repr_names_type_and_fields() -> None:
    assert repr(Point(1.0, 2.0)) == "Point(x=1.0, y=2.0)"


def test_f_strings_accept_any_expression() -> None:
    p, x = Point(1.0, 2.0), 41
    assert f"{p.x} {x + 1}" == "1.0 42"


def test_print_end_and_stdout_write_add_no_newline_and_file_chooses_stderr(
    capsys: pytest.CaptureFixture[str],
) -> None:
    x, s = "no newline", "|written"
    print(x, end="")
    assert sys.stdout.write(s) == len(s), "write returns the number of characters written"
    print(x, file=sys.stderr)
    assert capsys.readouterr() == ("no newline|written", "no newline\n")


# The lecture's Basic Output lines print a `name` and an `age` that nothing defines; run in an
# empty namespace, the greeting is printed and the next line stops.
UNDEFINED_NAMES = 'print("Hello, World!")\nprint(f"Name: {name}, Age: {age}")\n'


def test_printing_a_name_no_line_defines_stops_with_name_error(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(NameError, match="name 'name' is not defined"):
        exec(UNDEFINED_NAMES, {})
    assert capsys.readouterr().out == "Hello, World!\n"
