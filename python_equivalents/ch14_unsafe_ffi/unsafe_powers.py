"""What ``unsafe`` permits, and Python's nearest thing: ``ctypes``, which has no unsafe boundary.
The twin of ``src/bin/unsafe_powers.rs``."""

import ctypes
import ctypes.util
import struct
import threading

from demo_report import Report, parse_args

LIBC = ctypes.CDLL(ctypes.util.find_library("c"))
LIBC.abs.argtypes = [ctypes.c_int]
LIBC.abs.restype = ctypes.c_int


def c_abs(value: int) -> int:
    """C's abs through ctypes: no ``unsafe`` keyword, yet the same unchecked promise."""
    return int(LIBC.abs(value))


def read_through_pointer(value: int) -> int:
    cell = ctypes.c_int(value)
    return ctypes.pointer(cell).contents.value


_calls = 0


def count_call() -> int:
    global _calls
    _calls += 1
    return _calls


def float_bits(x: float) -> int:
    return int.from_bytes(struct.pack("<f", x), "little")


def send_handle() -> str:
    handle = ctypes.c_void_p(None)
    seen: list[bool] = []
    thread = threading.Thread(target=lambda: seen.append(handle.value is None))
    thread.start()
    thread.join()
    return str(seen == [True]).lower()


def demo(report: Report) -> None:
    report.say("C's abs, loaded with ctypes and called like any function:")
    report.result("c_abs(-42)", c_abs(-42))
    report.say("\nThe nearest Python gets to the other powers, no keyword needed:")
    report.result("raw_pointer_read", read_through_pointer(7))
    count_call()
    report.result("static_mut_after_two_calls", count_call())
    report.result("union_bits_of_1.0", hex(float_bits(1.0)))
    report.result("unsafe_impl_send", send_handle())
    report.say("\nPython has no extern block to declare: ctypes takes the signature on trust:")
    report.contrast(
        "bare_extern_block", f"accepted: LIBC.abs(-42) = {LIBC.abs(-42)}", "unsafe/extern-block"
    )
    report.say("\nReading through a pointer needs no keyword in ctypes:")
    report.contrast("deref_outside_unsafe", read_through_pointer(42), "unsafe/five-powers")


if __name__ == "__main__":
    options = parse_args("unsafe_powers", "what unsafe permits, each power behind a safe function")
    demo(Report("unsafe_powers", json_lines=options.json))
