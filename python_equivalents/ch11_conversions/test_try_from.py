"""Fallible conversions raise in Python. Ledger: try-from/*."""

import contextlib

import pytest

from ch11_conversions.try_from_port import Port, parse_or_report

# One line per test signature: the ledger check reads a test's body from its `def` line on.
Capture = pytest.CaptureFixture[str]


def test_the_lectures_block_prints_invalid_and_swallows_the_port_error(capsys: Capture) -> None:
    assert parse_or_report("not_a_number") is None
    out = capsys.readouterr().out
    assert out == "Invalid: invalid literal for int() with base 10: 'not_a_number'\n"
    # The lecture's `except ValueError: pass` around `p = Port(99999)`: p is never bound.
    port = None
    with contextlib.suppress(ValueError):
        port = Port(99999)
    assert port is None
    with pytest.raises(ValueError, match="Invalid port: 99999"):
        Port(99999)


def test_port_init_validates_both_bounds() -> None:
    assert Port(8080).value == 8080
    assert Port(65535).value == 65535
    with pytest.raises(ValueError, match="Invalid port: 0"):
        Port(0)
    with pytest.raises(ValueError, match="Invalid port: 65536"):
        Port(65536)
