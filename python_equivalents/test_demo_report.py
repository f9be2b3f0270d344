"""The platform's own test of demo_report (no claim of a chapter): a twin's output on a terminal
is wrapped to the terminal's width, prose under its indentation and a result under its column;
written to a pipe (the xtask, the book, ``less``), every line is whole.

Each demo runs as a child process whose stdout is a pseudo-terminal of a chosen size, or a pipe:
demo_report asks the width of its real stdout, as a twin run by a lecturer does.
"""

from __future__ import annotations

import fcntl
import os
import pty
import struct
import subprocess
import sys
import termios
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent

PROSE = "  " + " ".join(f"word{i}" for i in range(40))
RESULT = " ".join(f"part{i}" for i in range(30))
CASE = "a case"
SECONDS = 0.0123
TIMING = "(12.3 ms)"

DEMO = f"""
from demo_report import Report

report = Report("wrap", json_lines=False)
report.say({PROSE!r})
report.result({CASE!r}, {RESULT!r})
report.timed({CASE!r}, {RESULT!r}, {SECONDS!r})
"""


def _environment() -> dict[str, str]:
    # COLUMNS would answer before the terminal is asked: the test is about the terminal.
    return {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}


def run_on_terminal(columns: int) -> list[str]:
    """The demo's lines as a terminal of `columns` columns receives them."""
    main, secondary = pty.openpty()
    fcntl.ioctl(secondary, termios.TIOCSWINSZ, struct.pack("HHHH", 24, columns, 0, 0))
    with subprocess.Popen(
        [sys.executable, "-c", DEMO],
        cwd=HERE,
        env=_environment(),
        stdin=subprocess.DEVNULL,
        stdout=secondary,
    ) as child:
        os.close(secondary)
        received = b""
        while True:
            try:
                chunk = os.read(main, 4096)
            except OSError:  # EIO: every writer of the terminal has closed it
                break
            if not chunk:
                break
            received += chunk
        os.close(main)
        assert child.wait() == 0
    # The terminal turns each "\n" into "\r\n".
    return received.decode().replace("\r\n", "\n").splitlines()


def run_on_pipe() -> str:
    done = subprocess.run(
        [sys.executable, "-c", DEMO],
        cwd=HERE,
        env=_environment(),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


def words(lines: list[str]) -> list[str]:
    return " ".join(lines).split()


@pytest.mark.parametrize("columns", [60, 100])
def test_on_a_terminal_prose_and_results_are_wrapped_to_its_width(columns: int) -> None:
    lines = run_on_terminal(columns)
    assert all(len(line) <= columns for line in lines), lines
    # Filled to the width, not to some fixed one: some line comes close to the edge.
    assert max(len(line) for line in lines) > columns - 8, lines
    # Nothing lost, nothing added: the same words, in the same order.
    first_result = f"  {CASE:<22} "
    assert words(lines) == (
        PROSE.split() + [*first_result.split(), *RESULT.split()] * 2 + TIMING.split()
    )
    starts = [i for i, line in enumerate(lines) if line.startswith(first_result)]
    assert len(starts) == 2, lines
    prose, result, timed = lines[: starts[0]], lines[starts[0] : starts[1]], lines[starts[1] :]
    # The prose keeps its indentation on every line it is wrapped to.
    assert len(prose) > 1, lines
    assert all(line.startswith("  word") for line in prose), prose
    # A result's lines hang under its column (the case's column is 25 wide).
    assert len(result) > 1, lines
    assert all(line.startswith(" " * 25 + "part") for line in result[1:]), result
    # A timed result's time is kept whole, on one line.
    assert any(TIMING in line for line in timed), timed


def test_on_a_pipe_each_paragraph_and_result_is_one_whole_line() -> None:
    result = f"  {CASE:<22} {RESULT}"
    assert run_on_pipe() == f"{PROSE}\n{result}\n{result}  {TIMING}\n"
