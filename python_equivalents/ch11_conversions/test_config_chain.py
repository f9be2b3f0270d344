"""``parse_config`` on CPython, and the lecture's version, whose ConfigError is defined nowhere.
Ledger: chain/*."""

import traceback
from typing import Any

import pytest

from ch11_conversions import config_chain
from ch11_conversions.config_chain import ConfigError, outcome, parse_config


def test_the_lectures_block_raises_name_error_on_every_failure(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The lecture's block (line 231 of ch11-from-and-into-traits.md) raises `ConfigError` in its
    # `except` clause and defines it nowhere. Our parse_config does the same once the class is
    # taken out of its module: the name is looked up only when an error path runs.
    monkeypatch.delattr(config_chain, "ConfigError")
    assert parse_config("localhost:8080") == ("localhost", 8080)
    causes = []
    untyped: Any = None
    for raw in ["localhost", "localhost:99999", untyped]:
        with pytest.raises(NameError, match="name 'ConfigError' is not defined") as info:
            parse_config(raw)
        causes.append(f"{type(info.value.__context__).__name__}: {info.value.__context__}")
    assert causes == [
        "ValueError: not enough values to unpack (expected 2, got 1)",
        "ValueError: Bad port: 99999",
        "AttributeError: 'NoneType' object has no attribute 'split'",
    ]


def test_int_lets_spaces_and_underscores_through() -> None:
    assert parse_config("localhost: 8080") == ("localhost", 8080)
    assert parse_config("localhost:8_080") == ("localhost", 8080)
    assert outcome("localhost:0") == "Config error: Invalid config: Bad port: 0"
    # Rust's split_once cuts at the first colon and fails on the port "b:c"; Python's unpacking
    # fails first.
    with pytest.raises(ConfigError, match=r"too many values to unpack \(expected 2"):
        parse_config("a:b:c")


def test_any_line_in_the_try_can_raise() -> None:
    lines = set()
    for raw in ["localhost", "localhost:x", "localhost:0"]:
        with pytest.raises(ConfigError) as info:
            parse_config(raw)
        cause = info.value.__cause__
        assert cause is not None
        lines.add(traceback.extract_tb(cause.__traceback__)[-1].lineno)
    # Three failures, three different lines of the one try block (unpack, int(), raise).
    assert len(lines) == 3
