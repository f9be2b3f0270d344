"""The timing both demos of this chapter share (the same protocol as the Rust side's)."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def median_time(kernel: Callable[[], T]) -> tuple[T, float]:
    """One untimed warm-up call, then the median of five timed ones (seconds), and the result."""
    result = kernel()
    times = []
    for _ in range(5):
        start = time.perf_counter()
        result = kernel()
        times.append(time.perf_counter() - start)
    return result, sorted(times)[2]
