"""Fallible conversions raise in Python. Ledger: try-from/*."""

import pytest

from ch11_conversions.try_from_port import LECTURE_BLOCK, Port

# One line per test signature: the ledger check reads a test's body from its `def` line on.
Capture = pytest.CaptureFixture[str]


def test_the_lectures_block_prints_invalid_and_swallows_the_port_error(capsys: Capture) -> None:
    namespace: dict[str, object] = {}
    exec(compile(LECTURE_BLOCK, "<lecture: TryFrom>", "exec"), namespace)
    out = capsys.readouterr().out
    assert out == "Invalid: invalid literal for int() with base 10: 'not_a_number'\n"
    assert "p" not in namespace  # Port(99999) raised before `p` was bound
    lecture_port = namespace["Port"]
    with pytest.raises(ValueError, match="Invalid port: 99999"):
        lecture_port(99999)  # type: ignore[operator]


def test_port_init_validates_both_bounds() -> None:
    assert Port(8080).value == 8080
    assert Port(65535).value == 65535
    with pytest.raises(ValueError, match="Invalid port: 0"):
        Port(0)
    with pytest.raises(ValueError, match="Invalid port: 65536"):
        Port(65536)
