"""Expression blocks on the Python side: statements have no value; a missing return is None."""

import pytest

from ch04_control_flow.expression_blocks import describe, forgot_return, yes_no


def test_an_if_statement_is_not_a_value() -> None:
    # The parser stops at the keyword itself: no value can start with `if` or `for`.
    with pytest.raises(SyntaxError, match="invalid syntax") as refused:
        compile("result = if condition: 'yes'", "<lecture>", "exec")
    assert refused.value.offset == len("result = ") + 1
    with pytest.raises(SyntaxError, match="invalid syntax") as refused:
        compile("total = for x in range(3): x", "<lecture>", "exec")
    assert refused.value.offset == len("total = ") + 1


def test_a_conditional_expression_arm_cannot_hold_a_statement() -> None:
    with pytest.raises(SyntaxError, match="Maybe you meant '==' or ':=' instead of '='"):
        compile("r = (x = 1) if c else 2", "<lecture>", "exec")
    # An assignment expression is an expression, so it is allowed.
    compile("r = (x := 1) if c else 2", "<lecture>", "exec")


def test_yes_no() -> None:
    assert (yes_no(True), yes_no(False)) == ("yes", "no")


def test_describe_picks_the_first_arm_that_fits() -> None:
    cases = {101: "boiling", 100: "hot", 51: "hot", 50: "warm", 21: "warm", 20: "cold", -5: "cold"}
    for temperature, expected in cases.items():
        assert describe(temperature) == expected, temperature


def test_a_function_without_return_gives_none() -> None:
    assert forgot_return(5, 10) is None
