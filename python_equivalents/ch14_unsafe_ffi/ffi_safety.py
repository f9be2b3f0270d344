"""FFI safety from Python's side: exceptions stay in Python, ``ctypes.Structure`` lays fields out
as C does. The twin of ``src/bin/ffi_safety.rs``."""

import ctypes
import sys

from demo_report import Report, parse_args


def raw_ffi_function(index: int) -> int:
    data = [42, 43, 44]
    try:
        return data[index]
    except IndexError:
        return -1


class CLayout(ctypes.Structure):
    _fields_ = [("tag", ctypes.c_uint8), ("value", ctypes.c_uint32), ("flag", ctypes.c_uint8)]


class PyLayout:
    __slots__ = ("flag", "tag", "value")

    def __init__(self) -> None:
        self.tag, self.value, self.flag = 0, 0, 0


def demo(report: Report) -> None:
    report.say("An exception caught before the caller sees it:")
    report.result("raw_ffi_function(0)", raw_ffi_function(0))
    report.result("raw_ffi_function(99)", raw_ffi_function(99))
    report.say("\nctypes.Structure follows C's order and padding; a Python object is no layout:")
    report.result("size_of::<CLayout>()", ctypes.sizeof(CLayout))
    report.result("align_of::<CLayout>()", ctypes.alignment(CLayout))
    report.contrast("size_of::<RustLayout>()", sys.getsizeof(PyLayout()), "ffi/repr-c")
    report.say(
        "\nctypes finds C's symbols by their bare, unmangled names, with no attribute at all:"
    )
    found = hasattr(ctypes.CDLL(None), "abs")
    report.contrast("bare_no_mangle", f"CDLL(None).abs found: {found}", "ffi/no-mangle-unsafe")


if __name__ == "__main__":
    options = parse_args("ffi_safety", "a panic caught at the FFI boundary, and repr(C) layout")
    demo(Report("ffi_safety", json_lines=options.json))
