"""Structs vs classes: the twin of ``src/bin/rectangle.rs``.

A dataclass with the lecture's fields, methods and ``__str__``; then what one instance costs in
memory, measured with ``tracemalloc`` (CPython 3.11: the instance, its attribute storage, two
floats).
"""

from __future__ import annotations

import dataclasses
import gc
import tracemalloc

from demo_report import Report, as_json, parse_args


@dataclasses.dataclass
class Rectangle:
    """Two sides, in whatever unit the caller uses; the fields are the lecture's."""

    width: float
    height: float

    def area(self) -> float:
        """The product of the sides: the value the Rust ``area`` prints as ``50``."""
        return self.height * self.width

    def perimeter(self) -> float:
        return 2 * (self.width + self.height)

    def scale(self, factor: float) -> Rectangle:
        return dataclasses.replace(self, width=self.width * factor, height=self.height * factor)

    def __str__(self) -> str:
        # str() of a float keeps its ".0": 10.0 prints as 10.0, where Rust's `{}` prints 10.
        return f"{type(self).__name__}({self.width} x {self.height})"


def bytes_for(n: int) -> int:
    """Bytes newly allocated for a list of ``n`` rectangles, each with two floats of its own."""
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        rectangles = [Rectangle(float(i) + 0.25, float(i) + 0.5) for i in range(n)]
        after = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    assert len(rectangles) == n
    return after - before


def demo(report: Report) -> None:
    r = Rectangle(10.0, 5.0)
    report.say("The lecture's Rectangle, its methods and its __str__:")
    report.result("area_json", as_json(r.area()))
    report.contrast("area_printed", str(r.area()), "display/f64-whole-number")
    report.result("area_debug", repr(r.area()))
    report.contrast("str", str(r), "display/f64-whole-number")
    report.result("perimeter", as_json(r.perimeter()))
    bigger = r.scale(2.0)
    report.result("scaled", as_json((bigger.width, bigger.height)))

    report.say("\nMemory: an object with a header, attribute storage, and two boxed floats:")
    thousand = bytes_for(1000)
    report.contrast("bytes_per_rectangle", round(thousand / 1000), "structs/memory-layout")
    report.contrast("bytes_for_1000", thousand, "structs/memory-layout")


if __name__ == "__main__":
    options = parse_args(
        "rectangle", "the lecture's Rectangle: methods, Display, and its size in memory"
    )
    demo(Report("rectangle", json_lines=options.json))
