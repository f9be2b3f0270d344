"""Primitive types: the twin of ``src/bin/numeric_types.rs``.

One ``int`` of any size (an object whose size grows with the value), one 64-bit ``float``, and a
``bool`` that is an ``int``. Sizes are CPython's on a 64-bit build; ``sys.getsizeof`` names them.
"""

from __future__ import annotations

import struct
import sys

from demo_report import Report, outcome, parse_args

U8_MAX = 255


def digits_summary(decimal: str) -> str:
    """``302 digits: 1071508607…5668069376``, as the Rust side prints it."""
    n = len(decimal)
    if n <= 20:
        return f"{n} digits: {decimal}"
    return f"{n} digits: {decimal[:10]}…{decimal[-10:]}"


def int_sizes() -> str:
    sizes = ", ".join(f"{label} {sys.getsizeof(v)}" for label, v in INT_SAMPLES)
    return f"bytes: {sizes} (CPython {sys.version_info.major}.{sys.version_info.minor})"


INT_SAMPLES = [("0", 0), ("42", 42), ("2**64", 2**64), ("2**1000", 2**1000)]


def python_index(items: list[int], i: int) -> int | None:
    """``items[i]``, with None where Python raises IndexError (the Rust side's return value)."""
    try:
        return items[i]
    except IndexError:
        return None


def float32(value: float) -> float:
    """The value rounded to the nearest 32-bit float and widened back, as ``x as f32 as f64``."""
    return float(struct.unpack("<f", struct.pack("<f", value))[0])


def demo(report: Report) -> None:
    report.say("One int type, an object that grows with its value:")
    report.contrast("integer_size", int_sizes(), "numbers/fixed-width")
    report.result("two_pow_1000", digits_summary(str(2**1000)))
    report.result("i128_two_pow_100", 2**100)
    report.contrast("i128_two_pow_127", 2**127, "numbers/i128-max")
    report.extra(
        "str_of_10_pow_5000",
        outcome(lambda: str(10**5000)),
        "numbers/python-int-unbounded",
    )

    report.say("\nNo overflow: the int just grows:")
    report.contrast("u8_255_plus_1", U8_MAX + 1, "numbers/overflow")
    total = U8_MAX + 1
    checked = None if total > U8_MAX else total
    report.result(
        "u8_checked_wrapping_saturating", f"{checked}, {total % 256}, {min(total, U8_MAX)}"
    )

    report.say("\nLiterals: underscores (PEP 515), no suffixes:")
    million = 1_000_000
    report.result("million", million)
    report.contrast("odd_underscores", outcome(lambda: eval("1__000_")), "numbers/underscores")
    report.contrast("suffixes", outcome(lambda: eval("42u8")), "numbers/suffixes")

    report.say("\nfloat is a 64-bit IEEE 754 double:")
    y = 3.14
    report.result("f64_bits", struct.pack(">d", y).hex())
    report.result("f32_widened", float32(3.14))
    report.result("f64_mantissa_digits", sys.float_info.mant_dig)

    report.say("\nbool is a subclass of int:")
    report.contrast("bool_plus_bool", True + True, "numbers/bool")
    report.result("bool_as_int", int(True))

    report.say("\nlen() and indexes are plain ints:")
    items = [1, 2, 3]
    report.contrast("len_type", type(len(items)).__name__, "numbers/usize")
    report.contrast("index_with_i32", items[1], "numbers/index-with-i32")
    report.contrast("index_5_of_3", outcome(lambda: items[5]), "numbers/index-block")
    report.contrast("index_minus_1", items[-1], "numbers/negative-index")

    report.say("\nTypes belong to values, found at run time:")
    samples: list[object] = [42, 3.14, "hello", [1, 2]]
    report.contrast(
        "inferred_types",
        ", ".join(type(v).__name__ for v in samples),
        "numbers/inference-defaults",
    )


if __name__ == "__main__":
    options = parse_args(
        "numeric_types",
        "one unbounded int against fixed widths, overflow, floats, indexes, types of values",
    )
    demo(Report("numeric_types", json_lines=options.json))
