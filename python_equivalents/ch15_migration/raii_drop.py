"""Context manager → RAII (Drop): the twin of ``src/bin/raii_drop.rs``."""

import os
import tempfile
from types import TracebackType
from typing import IO

from demo_report import Report, parse_args


class FileManager:
    """The lecture's context manager, with annotations."""

    def __init__(self, path: str) -> None:
        self.file: IO[str] = open(path, "w")  # noqa: SIM115 (closed by __exit__, the point)

    def __enter__(self) -> IO[str]:
        return self.file

    def __exit__(self, *args: object) -> None:
        self.file.close()


def write_file(path: str) -> IO[str]:
    """The lecture's ``with`` block; returns the file object so a test can see it closed."""
    with FileManager(path) as f:
        f.write("hello")
    return f


class Guard:
    """Writes to a log when the ``with`` block is left, as the Rust guard's Drop does."""

    def __init__(self, name: str, log: list[str]) -> None:
        self.name = name
        self.log = log

    def __enter__(self) -> "Guard":
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.log.append(f"drop {self.name}")


def work(log: list[str], *, fail: bool) -> None:
    with Guard("resource", log):
        log.append("enter")
        if fail:
            raise RuntimeError("boom")
        log.append("body done")


def trace(*, fail: bool) -> str:
    log: list[str] = []
    try:
        work(log, fail=fail)
        log.append("Ok")
    except RuntimeError as error:
        log.append(f"Err({error})")
    return ", ".join(log)


def demo(report: Report) -> None:
    fd, path = tempfile.mkstemp(suffix=".txt", prefix="ch15-raii-")
    os.close(fd)
    try:
        write_file(path)
        with open(path) as f:
            written = f.read()
    finally:
        os.remove(path)
    report.say("The file is flushed and closed when the with block ends:")
    report.result("write_file", written)
    report.say("\n__exit__ runs at the end of the block, and when an exception leaves it:")
    report.result("normal_exit", trace(fail=False))
    report.result("error_exit", trace(fail=True))


if __name__ == "__main__":
    options = parse_args("raii_drop", "a context manager's clean-up becomes Drop")
    demo(Report("raii_drop", json_lines=options.json))
