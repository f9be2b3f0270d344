"""Language philosophy: the twin of ``src/bin/philosophy.rs``.

Python rebinds names freely, converts an int to a float when they meet, and reports errors as
exceptions rather than return values. Files are closed by ``with`` (a guarantee of the language)
or, in CPython, when the last reference goes (a property of reference counting, not a promise).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from demo_report import Report, outcome, parse_args

# Where Linux lists the process's open file descriptors, one symlink per descriptor.
FD_DIR = "/proc/self/fd"


def descriptors_open_on(path: Path) -> int:
    """How many open descriptors of this process refer to ``path``, the same count as the Rust
    side's: only the ones on this file, so other files opened meanwhile do not disturb it."""
    target = os.path.realpath(path)
    count = 0
    for name in os.listdir(FD_DIR):
        try:
            points_at = os.readlink(os.path.join(FD_DIR, name))
        except OSError:  # the descriptor listdir used is closed by now
            continue
        count += points_at == target
    return count


def scratch_file(name: str) -> Path:
    path = Path(tempfile.gettempdir()) / f"ch01-{os.getpid()}-{name}"
    path.write_text("one owner\n")
    return path


@dataclass(frozen=True)
class FdCounts:
    before: int
    inside: int
    after: int

    def line(self) -> str:
        return (
            f"descriptors open on the file: "
            f"before {self.before}, inside {self.inside}, after {self.after}"
        )


def file_closed_at_block_end(path: Path) -> FdCounts:
    """The language's guarantee: ``with`` closes the file when the block ends, however it ends."""
    before = descriptors_open_on(path)
    with path.open():
        inside = descriptors_open_on(path)
    return FdCounts(before, inside, descriptors_open_on(path))


def file_closed_by_del(path: Path) -> FdCounts:
    """CPython closes the file when its last reference goes; the language does not promise it
    (PyPy does not), and CPython itself warns with ResourceWarning that it was left unclosed."""
    before = descriptors_open_on(path)
    file = path.open()  # no `with`: that is the point
    inside = descriptors_open_on(path)
    del file
    return FdCounts(before, inside, descriptors_open_on(path))


def fd_case(name: str, run: Callable[[Path], FdCounts]) -> str:
    try:
        path = scratch_file(name)
        try:
            return run(path).line()
        finally:
            path.unlink(missing_ok=True)
    except OSError as error:
        return f"cannot count descriptors here ({FD_DIR}): {error.strerror}"


def rebind_twice() -> str:
    retries = 3
    retries = retries - 1
    return f"accepted: retries is now {retries}"


def ignore_a_failing_parse() -> None:
    int("oops")  # the value is dropped unread, but the error is an exception: it propagates


def demo(report: Report) -> None:
    report.say("A name can be rebound at will (typing.Final is a hint for mypy only):")
    report.contrast("assign_twice", rebind_twice(), "philosophy/immutable-default")

    report.say("\nNumbers meet without a conversion written out:")
    count, total, ratio = 1, 2, 2.5
    report.contrast(
        "i32_plus_i64",
        f"{count + total}: one int type, of any size, so nothing to convert",
        "philosophy/no-implicit-conversion",
    )
    report.contrast(
        "int_plus_float",
        f"{count + ratio}: the int was converted to {type(count + ratio).__name__} implicitly",
        "philosophy/no-implicit-conversion",
    )
    report.result("explicit_conversion", float(count) + ratio)

    report.say(
        "\nAn error is an exception, not a value: leaving the result unread does not hide it:"
    )
    report.contrast("ignored_error", outcome(ignore_a_failing_parse), "philosophy/result-explicit")

    report.say("\nA file is closed by `with`, or (CPython only) when its last reference goes:")
    report.result("file_scope_end", fd_case("scope", file_closed_at_block_end))
    report.result("file_dropped", fd_case("drop", file_closed_by_del))


if __name__ == "__main__":
    options = parse_args(
        "philosophy",
        "immutable bindings, no implicit conversions, errors as values, files closed by the owner",
    )
    demo(Report("philosophy", json_lines=options.json))
