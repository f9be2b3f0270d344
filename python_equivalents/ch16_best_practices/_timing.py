"""The timing both demos of this chapter share (the same protocol as the Rust side's)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import demo_report

T = TypeVar("T")


def median_time(kernel: Callable[[], T]) -> tuple[T, float]:
    """One untimed warm-up call, then the median of five timed ones (seconds), and the result."""
    return demo_report.median_seconds(5, kernel)
