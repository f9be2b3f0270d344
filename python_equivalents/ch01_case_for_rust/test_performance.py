"""The performance section on the Python side: what the lecture's loop costs, and why each step
is slow. No test here measures time; the cost is counted in loop steps and read from bytecode."""

import types

import pytest

from ch01_case_for_rust.fibonacci import (
    KERNEL_PERIOD,
    LECTURE_N,
    MODULUS,
    fib_kernel,
    fib_kernel_steps,
    fibonacci,
    fibonacci_digits,
    fibonacci_steps,
    lecture_loop,
    lecture_loop_steps,
    loop_body,
)


def test_fibonacci_values() -> None:
    assert [fibonacci(n) for n in range(10)] == [0, 1, 1, 2, 3, 5, 8, 13, 21, 34]
    assert fibonacci(89) < MODULUS <= fibonacci(94)


def test_lecture_loop_step_count_is_quadratic() -> None:
    # The closed form against a count of the loop's own range, call by call.
    for n in range(300):
        assert lecture_loop_steps(n) == sum(fibonacci_steps(i) for i in range(n))
    for n in (1_000, 10_000, LECTURE_N // 2):
        assert 3.99 < lecture_loop_steps(2 * n) / lecture_loop_steps(n) < 4.01
    assert lecture_loop_steps(LECTURE_N) == 49_999_985_000_001


def test_lecture_loop_numbers_grow_to_millions_of_digits() -> None:
    # Binet's estimate agrees with the exact integers wherever they can still be printed...
    for n in range(3_000):
        assert fibonacci_digits(n) == len(str(fibonacci(n)))
    # ...and says the lecture's last value has over two million digits: every `+` near the end
    # of its loop adds numbers of that size.
    assert fibonacci_digits(LECTURE_N - 1) == 2_089_876
    assert max(lecture_loop(3_000)).bit_length() > 2_000


def test_kernel_stays_below_two_to_the_64() -> None:
    assert max(fibonacci(n) for n in range(KERNEL_PERIOD)) < MODULUS
    count = 2 * KERNEL_PERIOD + 17
    assert fib_kernel_steps(count) == sum(fibonacci_steps(i % KERNEL_PERIOD) for i in range(count))
    assert fib_kernel(count) == sum(fibonacci(i % KERNEL_PERIOD) for i in range(count)) % MODULUS


def test_addition_is_one_binary_op_not_a_dict_lookup() -> None:
    body = loop_body(fibonacci.__code__)
    names = [ins.opname for ins in body]
    # Nine bytecodes per step, from FOR_ITER to the jump back, one of them the `+`.
    assert len(body) == 9, names
    assert names.count("BINARY_OP") == 1
    assert next(ins.argrepr for ins in body if ins.opname == "BINARY_OP") == "+"
    # Nothing in the loop looks a name up in a dictionary or calls a method.
    lookups = {"LOAD_ATTR", "LOAD_METHOD", "LOAD_GLOBAL", "LOAD_NAME", "BINARY_SUBSCR", "CALL"}
    assert lookups.isdisjoint(names), names


def test_plus_calls_the_types_nb_add_slot_not_the_instance_dict() -> None:
    # int's `+` is C code in the type's nb_add slot: its __add__ is only the slot's wrapper.
    assert type(int.__dict__["__add__"]).__name__ == "wrapper_descriptor"

    class Number:
        pass

    number = Number()
    vars(number)["__add__"] = lambda other: 42
    # An explicit attribute lookup does find it in the instance dict...
    assert number.__add__(1) == 42  # type: ignore[operator]
    # ...but the operator does not look there: it calls the type's slot, and Number has none.
    with pytest.raises(TypeError, match="unsupported operand"):
        number + 1  # type: ignore[operator]
    # Set on the class, __add__ is found on the type, and the operator uses it.
    Number.__add__ = lambda self, other: 7  # type: ignore[operator]
    assert number + 1 == 7  # type: ignore[operator]


def test_warm_loop_is_specialised_to_int_addition() -> None:
    # The same code in a new code object: its bytecode is unspecialised, so the test sees its
    # first runs and not the demo's.
    fresh = types.FunctionType(fibonacci.__code__.replace(), fibonacci.__globals__)

    def adds(adaptive: bool) -> list[str]:
        return [
            ins.opname
            for ins in loop_body(fresh.__code__, adaptive=adaptive)
            if "BINARY_OP" in ins.opname
        ]

    assert adds(adaptive=True) == ["BINARY_OP"]
    # fibonacci(40) < 2**30: every operand is a one-digit int, which all 3.11+ specialise.
    for _ in range(100):
        fresh(40)
    assert adds(adaptive=True) == ["BINARY_OP_ADD_INT"]
    # The specialisation is a rewrite in place, invisible in the plain listing.
    assert adds(adaptive=False) == ["BINARY_OP"]
