"""Conditional statements on the Python side: truthiness, and the conditional expression."""

import pytest

from ch04_control_flow.conditionals import (
    has_items,
    has_text,
    is_present,
    nonzero,
    status,
    status_with_reason,
    weather,
)


def test_weather_chain_gives_the_lecture_messages() -> None:
    assert weather(150) == "Too hot!"
    assert weather(-5) == "Too cold!"
    assert weather(42) == "Just right"
    assert (weather(100), weather(101), weather(0), weather(-1)) == (
        "Just right",
        "Too hot!",
        "Just right",
        "Too cold!",
    )


def test_conditional_expression_gives_hot_or_ok() -> None:
    assert (status(150), status(100), status(42)) == ("hot", "ok", "ok")
    assert status_with_reason(130) == "hot (30 over the limit)"


def test_conditional_expression_needs_else() -> None:
    with pytest.raises(SyntaxError, match="expected 'else' after 'if' expression"):
        compile('status = "hot" if t > 100', "<lecture>", "exec")


def test_conditional_expression_may_mix_types() -> None:
    def mixed(temperature: int) -> str | int:
        return "hot" if temperature > 100 else 0

    assert mixed(150) == "hot"
    assert mixed(42) == 0
    assert type(mixed(42)) is int


def test_empty_list_empty_string_zero_and_none_are_false() -> None:
    falsy: list[object] = [[], "", 0, None]
    for value in falsy:
        assert bool(value) is False, value
    truthy: list[object] = [[0], " ", 42, 0.5]
    for value in truthy:
        assert bool(value) is True, value


def test_explicit_checks_agree_with_truthiness() -> None:
    for x in (42, -1, 0):
        assert nonzero(x) == bool(x)
    for items in ([], [0], [1, 2]):
        assert has_items(items) == bool(items)
    for name in ("", " ", "Alice"):
        assert has_text(name) == bool(name)
    assert is_present(None) == bool(None)
    # Where they part: a present zero. Truthiness cannot tell it from None.
    assert is_present(0) is True
    assert bool(0) is False
