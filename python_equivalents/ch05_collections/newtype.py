"""The newtype pattern: the twin of ``src/bin/newtype.rs``.

``typing.NewType`` gives a float a name that mypy checks at calls (typecheck/newtype_speed.py);
at run time ``Meters(100.0)`` is the float itself, and a distance plus a time adds up happily.
"""

from __future__ import annotations

import sys
from typing import NewType

from demo_report import Report, as_json, parse_args

Meters = NewType("Meters", float)
Seconds = NewType("Seconds", float)


def speed(distance: Meters, time: Seconds) -> float:
    return distance / time


def demo(report: Report) -> None:
    report.say("Two floats with names that only a type checker reads:")
    report.result("meters_plus_meters", as_json(Meters(100.0) + Meters(50.0)))
    report.result("speed", as_json(speed(Meters(100.0), Seconds(9.58))))
    report.contrast(
        "meters_plus_seconds",
        as_json(Meters(100.0) + Seconds(9.58)),
        "newtype/distinct-types",
    )
    report.say("\nAt run time a NewType is the value itself, a boxed float:")
    report.contrast("bytes", sys.getsizeof(Meters(100.0)), "newtype/zero-cost")


if __name__ == "__main__":
    options = parse_args(
        "newtype", "the newtype pattern the chapter's goals promise: Meters and Seconds kept apart"
    )
    demo(Report("newtype", json_lines=options.json))
