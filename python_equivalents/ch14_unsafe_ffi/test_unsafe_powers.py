"""ctypes: C from Python with no unsafe boundary. Ledger: ``unsafe/libc-abs``,
``unsafe/ctypes-no-boundary``."""

import signal
import subprocess
import sys

from ch14_unsafe_ffi.unsafe_powers import c_abs, float_bits, read_through_pointer


def test_ctypes_calls_libc_abs_and_gets_42() -> None:
    assert c_abs(-42) == 42


def test_ctypes_reads_through_a_pointer_and_a_float_bits() -> None:
    assert read_through_pointer(7) == 7
    assert float_bits(1.0) == 0x3F800000


def test_a_bad_ctypes_read_kills_the_interpreter_with_sigsegv() -> None:
    # No exception to catch: the whole process dies. Run it in a child so pytest survives.
    child = subprocess.run(
        [sys.executable, "-c", "import ctypes; ctypes.string_at(0)"],
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert child.returncode == -signal.SIGSEGV
