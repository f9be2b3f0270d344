"""The lecture's exercise on the Python side: FizzBuzz with match on a tuple."""

from ch04_control_flow.fizzbuzz import fizzbuzz, fizzbuzz_lines, fizzbuzz_no_default


def by_if_chain(n: int) -> str:
    if n % 15 == 0:
        return "FizzBuzz"
    if n % 3 == 0:
        return "Fizz"
    if n % 5 == 0:
        return "Buzz"
    return str(n)


def test_the_match_agrees_with_the_if_chain() -> None:
    for n in range(1, 31):
        assert fizzbuzz(n) == by_if_chain(n), n
    first = "1 2 Fizz 4 Buzz Fizz 7 8 Fizz Buzz 11 Fizz 13 14 FizzBuzz"
    assert " ".join(fizzbuzz_lines(15)) == first


def test_a_match_without_a_default_falls_through_to_none() -> None:
    assert fizzbuzz_no_default(7) is None
    assert fizzbuzz_no_default(15) == "FizzBuzz"
