"""Context manager → RAII. Ledger: ``raii/*``."""

import errno
from pathlib import Path

import pytest

from ch15_migration.raii_drop import trace, write_file


def test_the_with_block_leaves_its_text_in_a_closed_file(tmp_path: Path) -> None:
    path = tmp_path / "output.txt"
    f = write_file(str(path))
    assert f.closed
    assert path.read_text() == "hello"


def test_exit_runs_at_the_end_of_the_block_and_when_an_exception_leaves_it() -> None:
    assert trace(fail=False) == "enter, body done, drop resource, Ok"
    assert trace(fail=True) == "enter, drop resource, Err(boom)"


def test_a_full_disk_is_reported_when_the_with_block_closes_the_file() -> None:
    # /dev/full (Linux) fails every write with ENOSPC. Python's file is buffered: f.write()
    # succeeds, and the error comes out of close(), which the lecture's __exit__ calls.
    with pytest.raises(OSError, match="No space left on device") as raised:
        write_file("/dev/full")
    assert raised.value.errno == errno.ENOSPC
