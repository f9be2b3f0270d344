"""The lecture's Python ``parse_config``, as printed and with ConfigError defined.
Ledger: chain/*."""

import traceback

import pytest

from ch11_conversions.config_chain import LECTURE_BLOCK, ConfigError, outcome, parse_config


def lecture_parse_config() -> object:
    namespace: dict[str, object] = {}
    exec(compile(LECTURE_BLOCK, "<lecture: Conversion Chains>", "exec"), namespace)
    return namespace["parse_config"]


def test_the_lectures_block_raises_name_error_on_every_failure() -> None:
    parse = lecture_parse_config()
    assert parse("localhost:8080") == ("localhost", 8080)  # type: ignore[operator]
    causes = []
    for raw in ["localhost", "localhost:99999", None]:
        with pytest.raises(NameError, match="name 'ConfigError' is not defined") as info:
            parse(raw)  # type: ignore[operator]
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
