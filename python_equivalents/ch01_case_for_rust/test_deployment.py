"""Section 4 on the Python side: the interpreter is the program's executable, and it is an
ordinary dynamically linked ELF file; the reader that says so must never crash on bad input."""

import random
import sys
from pathlib import Path

import pytest

from ch01_case_for_rust.deployment import ElfError, read_elf

INTERPRETER = Path(sys.executable).resolve()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ELF executables are Linux's")
def test_the_interpreter_needs_a_loader_and_libc() -> None:
    facts = read_elf(INTERPRETER.read_bytes())
    assert facts.interpreter is not None
    assert "ld-linux" in facts.interpreter or "ld-musl" in facts.interpreter
    assert any(name.startswith("libc.") for name in facts.needed), facts.needed


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ELF executables are Linux's")
def test_a_truncated_file_fails_or_reads_the_same_never_differently() -> None:
    # Every read is bounds-checked: cutting the file can only make a read fail, never change it.
    data = INTERPRETER.read_bytes()
    full = read_elf(data)
    outcomes = set()
    for length in [*range(0, 2048), *range(2048, len(data), 97)]:
        try:
            facts = read_elf(data[:length])
        except ElfError:
            outcomes.add("error")
        else:
            assert facts == full, f"a {length}-byte prefix read differently"
            outcomes.add("same")
    assert outcomes == {"error", "same"}


def test_garbage_is_not_elf() -> None:
    rng = random.Random(4)
    for length in (0, 3, 64, 1000):
        with pytest.raises(ElfError, match="not an ELF file"):
            read_elf(rng.randbytes(length))


def test_hostile_headers_are_errors_not_crashes() -> None:
    header = bytearray(64)
    header[:6] = b"\x7fELF\x02\x01"
    header[32:40] = (2**64 - 1).to_bytes(8, "little")  # program headers past any file's end
    header[54:58] = (56).to_bytes(2, "little") + (0xFFFF).to_bytes(2, "little")
    with pytest.raises(ElfError, match="program header table lies outside the file"):
        read_elf(bytes(header))
    header[4] = 1
    with pytest.raises(ElfError, match="not a 64-bit ELF file"):
        read_elf(bytes(header))
