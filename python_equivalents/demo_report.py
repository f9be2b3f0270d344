"""How every Python twin talks: sentences for people, or with ``--json`` one object per result.

The Rust demos print exactly the same objects (``crates/textbook-report``), so that
``cargo xtask run`` can set the two side by side and ``cargo xtask test`` can check that they agree.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import textwrap
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Options:
    json: bool
    size: int | None


def parse_args(demo: str, about: str, argv: list[str] | None = None) -> Options:
    """Reads ``[--json] [SIZE]``, the command line every demo of both languages accepts."""
    parser = argparse.ArgumentParser(prog=demo, description=about)
    parser.add_argument(
        "--json",
        action="store_true",
        help="one JSON object per result (what `cargo xtask run` and the parity check read)",
    )
    parser.add_argument(
        "size",
        nargs="?",
        type=lambda text: int(text.replace("_", "")),
        help="problem size, for demos that take one",
    )
    args = parser.parse_args(argv)
    return Options(json=args.json, size=args.size)


class Report:
    """Prints a demo's results, for people or (with ``--json``) for the xtask."""

    def __init__(self, demo: str, *, json_lines: bool) -> None:
        self.demo = demo
        self.json_lines = json_lines

    def say(self, text: str) -> None:
        """Prose for the human reader; silent under ``--json``."""
        if not self.json_lines:
            print(prose(text, wrap_width()))

    def result(self, case: str, result: object) -> None:
        """A result both languages must agree on."""
        self._emit(case, str(result))

    def contrast(self, case: str, result: object, claim: str) -> None:
        """A result that illustrates a ledger claim and is meant to differ from the Rust side."""
        self._emit(case, str(result), claim=claim, contrast=True)

    def timed(self, case: str, result: object, seconds: float) -> None:
        """A result of a timed kernel (timings are reported, never compared)."""
        self._emit(case, str(result), seconds=seconds)

    def extra(self, case: str, result: object, claim: str, seconds: float | None = None) -> None:
        """A result that exists on this side only (a tool Rust does not need), tied to a claim."""
        self._emit(case, str(result), claim=claim, seconds=seconds, extra=True)

    def _emit(
        self,
        case: str,
        result: str,
        *,
        claim: str | None = None,
        contrast: bool = False,
        seconds: float | None = None,
        extra: bool = False,
    ) -> None:
        if self.json_lines:
            line: dict[str, object] = {"demo": self.demo, "case": case, "result": result}
            if claim is not None:
                line["claim"] = claim
            if contrast:
                line["contrast"] = True
            if seconds is not None:
                line["seconds"] = seconds
            if extra:
                line["extra"] = True
            print(json.dumps(line, ensure_ascii=False))
        else:
            timing = f"  ({human_seconds(seconds)})" if seconds is not None else ""
            print(human_line(case, result, timing, wrap_width()))
        sys.stdout.flush()


def wrap_width() -> int | None:
    """The terminal's width, as the Rust side asks it; None when stdout is no terminal (a test,
    the book, ``less``: a program reads the sentences whole)."""
    if not sys.stdout.isatty():
        return None
    return max(shutil.get_terminal_size((80, 24)).columns, 40)


def _fill(text: str, width: int, first: str, rest: str) -> str:
    if len(first) + len(text) <= width:
        return first + text
    return textwrap.fill(
        text.strip(),
        width,
        initial_indent=first,
        subsequent_indent=rest,
        break_on_hyphens=False,
    )


def prose(text: str, width: int | None) -> str:
    """Prose, each line wrapped under its own indentation (the twin of the Rust side's)."""
    if width is None:
        return text
    lines = []
    for line in text.split("\n"):
        indent = line[: len(line) - len(line.lstrip())]
        lines.append(_fill(line.lstrip(), width, indent, indent) if line.strip() else line)
    return "\n".join(lines)


def human_line(case: str, result: str, timing: str, width: int | None) -> str:
    """A result for people: the case in its column, the result wrapped under its own column,
    its time kept whole."""
    first = f"  {case:<22} "
    if width is None:
        return first + result + timing
    hang = " " * min(len(first), width // 2)
    shown = _fill(result, width, first, hang)
    if len(shown.split("\n")[-1]) + len(timing) <= width:
        return shown + timing
    return f"{shown}\n{hang}{timing.strip()}" if timing else shown


def human_seconds(seconds: float) -> str:
    """``0.000123`` → ``123.0 µs``: the same units as the Rust side."""
    if seconds >= 1:
        return f"{seconds:.2f} s"
    if seconds >= 1e-3:
        return f"{seconds * 1e3:.1f} ms"
    if seconds >= 1e-6:
        return f"{seconds * 1e6:.1f} µs"
    return f"{seconds * 1e9:.0f} ns"


def as_json(value: object) -> str:
    """Compact JSON, byte for byte what serde_json prints for the same value."""
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def outcome(call: Callable[[], T], show: Callable[[T], str] = str) -> str:
    """What a call gives, or its exception as Python's traceback prints it on the last line.

    The demos show failures as results: that a call fails, and how, is what they are about.
    """
    try:
        return show(call())
    except Exception as error:
        return f"{type(error).__name__}: {error}"


def median_seconds(repetitions: int, work: Callable[[], T]) -> tuple[T, float]:
    """The timing protocol of every timed kernel: the twin of ``textbook_report::median_seconds``.

    One untimed call, then ``repetitions`` timed ones (at least one): the last result and the
    median time in seconds. The previous result is freed before the clock starts, so freeing it
    is not part of the figure.
    """
    result = work()
    times = []
    for _ in range(max(repetitions, 1)):
        del result
        start = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - start)
    return result, sorted(times)[len(times) // 2]
