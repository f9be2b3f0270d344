"""Section 4, deployment: the twin of ``src/bin/deployment.rs``.

A Python program's executable is the interpreter. This demo reads the interpreter's ELF headers
with the same algorithm as the Rust side (the dynamic loader it asks for, the shared libraries it
needs), then lists what else has to be on the machine: the standard library, the modules imported
before the first line of the program, and the virtual environment holding its packages.
"""

from __future__ import annotations

import os
import platform
import struct
import sys
import sysconfig
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from demo_report import Report, parse_args

PT_LOAD, PT_DYNAMIC, PT_INTERP = 1, 2, 3
DT_NULL, DT_NEEDED, DT_STRTAB, DT_STRSZ = 0, 1, 5, 10

NO_INTERPRETER = "none: the kernel starts it directly"
NO_LIBRARY = "none: no shared library"


class ElfError(Exception):
    """Why a file could not be read as an ELF64 executable (the Rust reader's sentences)."""


@dataclass(frozen=True)
class ElfFacts:
    interpreter: str | None
    needed: tuple[str, ...]


class Segment(NamedTuple):
    kind: int
    offset: int
    vaddr: int
    filesz: int


def read_elf(data: bytes) -> ElfFacts:
    """The program interpreter and the DT_NEEDED libraries of an ELF64 file."""
    if data[:4] != b"\x7fELF":
        raise ElfError("not an ELF file")
    if len(data) < 6:
        raise ElfError("the ELF header lies outside the file")
    if data[4] != 2:
        raise ElfError("not a 64-bit ELF file")
    if data[5] not in (1, 2):
        raise ElfError(f"unknown byte order {data[5]}")
    order = "<" if data[5] == 1 else ">"

    def chunk(offset: int, length: int, what: str) -> bytes:
        if offset + length > len(data):
            raise ElfError(f"the {what} lies outside the file")
        return data[offset : offset + length]

    def number(fmt: str, offset: int, what: str) -> int:
        value: int = struct.unpack(order + fmt, chunk(offset, struct.calcsize(fmt), what))[0]
        return value

    def c_string(raw: bytes, what: str) -> str:
        end = raw.find(b"\0")
        if end < 0:
            raise ElfError(f"the {what} has no terminating NUL")
        return raw[:end].decode(errors="replace")

    chunk(0, 64, "ELF header")
    table = number("Q", 32, "ELF header")
    entry_len = number("H", 54, "ELF header")
    count = number("H", 56, "ELF header")
    if count and entry_len < 56:
        raise ElfError("malformed: program headers shorter than 56 bytes")
    # Checked as a whole first, so that a huge count in a tiny file fails at once.
    chunk(table, count * entry_len, "program header table")
    segments = [
        Segment(
            kind=number("I", at, "program header"),
            offset=number("Q", at + 8, "program header"),
            vaddr=number("Q", at + 16, "program header"),
            filesz=number("Q", at + 32, "program header"),
        )
        for at in range(table, table + count * entry_len, entry_len)
    ]

    interp = next((s for s in segments if s.kind == PT_INTERP), None)
    interpreter = None
    if interp is not None:
        raw = chunk(interp.offset, interp.filesz, "program interpreter")
        interpreter = c_string(raw, "program interpreter")

    dynamic = next((s for s in segments if s.kind == PT_DYNAMIC), None)
    if dynamic is None:  # no dynamic section: linked without any shared library
        return ElfFacts(interpreter, ())
    entries = chunk(dynamic.offset, dynamic.filesz, "dynamic section")
    names: list[int] = []
    strtab: int | None = None
    strsz: int | None = None
    for tag, value in struct.iter_unpack(order + "QQ", entries[: len(entries) // 16 * 16]):
        if tag == DT_NULL:
            break
        if tag == DT_NEEDED:
            names.append(value)
        elif tag == DT_STRTAB:
            strtab = value
        elif tag == DT_STRSZ:
            strsz = value
    if not names:
        return ElfFacts(interpreter, ())
    if strtab is None:
        raise ElfError("malformed: NEEDED entries but no string table")
    # DT_STRTAB is an address in memory; the loadable segments say where it is in the file.
    load = next(
        (s for s in segments if s.kind == PT_LOAD and 0 <= strtab - s.vaddr < s.filesz),
        None,
    )
    if load is None:
        raise ElfError("malformed: the string table is in no loadable segment")
    into = strtab - load.vaddr
    length = strsz if strsz is not None else load.filesz - into
    strings = chunk(load.offset + into, length, "dynamic string table")
    needed = []
    for name in names:
        if name > len(strings):
            raise ElfError("the library name lies outside the file")
        needed.append(c_string(strings[name:], "library name"))
    return ElfFacts(interpreter, tuple(needed))


def human_bytes(size: int) -> str:
    """Decimal units, the same as the Rust side."""
    return f"{size / 1e6:.2f} MB" if size >= 1e6 else f"{size / 1e3:.1f} KB"


def elf_lines(executable: Path) -> tuple[str, str]:
    """The ``interpreter`` and ``needed`` lines, spelled as the Rust side spells them."""
    try:
        facts = read_elf(executable.read_bytes())
    except ElfError as error:
        return f"unknown: {error}", f"unknown: {error}"
    return facts.interpreter or NO_INTERPRETER, ", ".join(facts.needed) or NO_LIBRARY


# Not part of what a program needs at run time: installed packages (the venv's business), the
# regression tests, bytecode caches (rebuilt on import) and the files for embedding the interpreter.
SKIPPED_DIRS = {"site-packages", "test", "tests", "idle_test", "__pycache__"}


def standard_library() -> tuple[Path, int, int]:
    """Where the standard library is, how many files it ships and their total size."""
    root = Path(sysconfig.get_path("stdlib"))
    files, size = 0, 0
    for folder, subfolders, names in os.walk(root):
        subfolders[:] = [
            d for d in subfolders if d not in SKIPPED_DIRS and not d.startswith("config-")
        ]
        files += len(names)
        size += sum(os.path.getsize(os.path.join(folder, name)) for name in names)
    return root, files, size


def demo(report: Report) -> None:
    # sys.executable may be a venv's symlink: the file that runs is what it points to.
    executable = Path(sys.executable).resolve()
    report.say("What each side needs before its first line runs, read from its own executable:")
    report.contrast(
        "program",
        f"{executable.name}, {human_bytes(executable.stat().st_size)}, "
        f"the interpreter ({platform.python_implementation()} {platform.python_version()})",
        "deploy/binary-size",
    )
    interpreter, needed = elf_lines(executable)
    report.result("interpreter", interpreter)
    report.contrast("needed", needed, "deploy/static-binary")

    report.say("\nWhat the interpreter brings along:")
    root, files, size = standard_library()
    report.contrast(
        "runtime",
        f"the standard library: {files} files, {human_bytes(size)} in {root}",
        "deploy/python-image",
    )
    report.contrast(
        "imports",
        f"{len(sys.modules)} modules imported before the demo ran (sys.modules)",
        "deploy/python-startup",
    )
    in_venv = sys.prefix != sys.base_prefix
    report.contrast(
        "virtualenv",
        f"active: {sys.prefix}" if in_venv else f"none: packages come from {sys.base_prefix}",
        "deploy/static-binary",
    )
    report.say(
        "\nShipped in a container, all of this comes along: the python:3.12 image is about"
        "\n1.11 GB on disk, python:3.12-slim about 119 MB (docker-library/repo-info, 2026-08)."
    )


if __name__ == "__main__":
    options = parse_args(
        "deployment",
        "what the program needs on the machine: its executable, loader, shared libraries",
    )
    demo(Report("deployment", json_lines=options.json))
