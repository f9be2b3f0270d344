"""Exceptions vs Result on CPython: the lecture's ``load_config``, and what a failed
read raises. Ledger: python/*, intro/python-raise-anywhere, diff/*, io/*, variants/*."""

import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest

from ch09_errors.load_config import CONFIGS, load_config, outcome, read_kind

# One line per test signature: the ledger check reads a test's body from its `def` line on.
Capture = pytest.CaptureFixture[str]


def write(tmp_path: Path, case: str) -> str:
    path = tmp_path / f"{case}.json"
    path.write_bytes(dict(CONFIGS)[case])
    return str(path)


def test_missing_and_bad_json_are_printed_as_empty(tmp_path: Path, capsys: Capture) -> None:
    missing = str(tmp_path / "config.json")
    assert load_config(missing) == {}
    assert capsys.readouterr().out == f"Config file not found: {missing}\n"
    assert load_config(write(tmp_path, "config_not_json")) == {}
    assert capsys.readouterr().out == "Invalid JSON: Expecting value: line 1 column 1 (char 0)\n"
    assert load_config(write(tmp_path, "config_valid")) == {"version": 1, "name": "demo"}


def test_other_failures_escape_the_function(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="Missing version field"):
        load_config(write(tmp_path, "config_no_version"))
    # `"version" in 5`; CPython 3.14 says "not a container or iterable" (gh-95144).
    with pytest.raises(
        TypeError, match=r"^argument of type 'int' is not (a container or )?iterable$"
    ):
        load_config(write(tmp_path, "config_a_number"))
    with pytest.raises(UnicodeDecodeError):
        load_config(write(tmp_path, "config_not_utf8"))
    with pytest.raises(IsADirectoryError):
        load_config(str(tmp_path))


def test_the_dict_annotation_is_not_checked_at_run_time(tmp_path: Path) -> None:
    assert load_config(write(tmp_path, "config_a_list")) == ["version"]


def test_ioerror_is_another_name_for_oserror() -> None:
    assert IOError is OSError
    assert issubclass(FileNotFoundError, OSError)
    assert issubclass(PermissionError, OSError)


def test_an_exception_passes_through_every_frame_up_to_a_handler() -> None:
    def innermost() -> int:
        return int("not a number")

    def middle() -> int:
        return innermost() + 1

    def outer() -> str:
        try:
            return str(middle())
        except ValueError as e:
            return f"caught {type(e).__name__} two frames up"

    assert outer() == "caught ValueError two frames up"


def test_an_uncaught_exception_ends_the_program_with_status_1() -> None:
    result = subprocess.run(
        [sys.executable, "-c", "raise ValueError('Missing version field')"],
        capture_output=True,
        text=True,
        timeout=20,
        check=False,
    )
    assert result.returncode == 1
    assert result.stderr.startswith("Traceback (most recent call last):")
    assert result.stderr.endswith("ValueError: Missing version field\n")


def raise_and_catch_everything(signal: type[BaseException]) -> str:
    try:
        raise signal
    except:  # noqa: E722 (the lecture's "broad except" is the point)
        return "caught"


def raise_and_catch_exception(signal: type[BaseException]) -> str:
    try:
        raise signal
    except Exception:
        return "caught"


def test_a_bare_except_catches_even_keyboard_interrupt_and_except_exception_does_not() -> None:
    for signal in (KeyboardInterrupt, SystemExit):
        assert raise_and_catch_everything(signal) == "caught"
        with pytest.raises(signal):
            raise_and_catch_exception(signal)


def test_a_missing_file_is_file_not_found_errno_2(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError) as raised:
        (tmp_path / "nothing.txt").read_text(encoding="utf-8")
    assert raised.value.errno == 2
    assert read_kind(tmp_path / "nothing.txt") == "FileNotFoundError"


def test_a_directory_or_bytes_that_are_not_utf8_cannot_be_read_as_text(tmp_path: Path) -> None:
    assert read_kind(tmp_path) == "IsADirectoryError"
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes(b"caf\xe9")
    assert read_kind(latin1) == "UnicodeDecodeError"
    assert issubclass(UnicodeDecodeError, ValueError)


def as_nobody(task: Callable[[], str]) -> str:
    """What ``task`` returns in a forked child that root has made ``nobody`` (uid 65534)."""
    readable, writable = os.pipe()
    pid = os.fork()
    if pid == 0:  # The child: drop root's rights, run, report, and leave without cleanup.
        os.close(readable)
        os.setgid(65534)
        os.setuid(65534)
        os.write(writable, task().encode())
        os._exit(0)
    os.close(writable)
    with os.fdopen(readable) as report:
        said = report.read()
    os.waitpid(pid, 0)
    return said


def test_mode_000_is_permission_error_unless_root() -> None:
    # A directory any user may enter (pytest's tmp_path is root's alone), with a mode-000 file and
    # a mode-644 control: the unprivileged reader must be refused by the file's mode, nothing else.
    with tempfile.TemporaryDirectory() as scratch:
        shared = Path(scratch)
        shared.chmod(0o755)
        control = shared / "control.txt"
        control.write_text("public", encoding="utf-8")
        secret = shared / "secret.txt"
        secret.write_text("s3cret", encoding="utf-8")
        secret.chmod(0)

        def kinds() -> str:
            return f"{read_kind(control)} {read_kind(secret)} | {outcome(str(secret))}"

        if os.geteuid() == 0:
            # Root reads any file (CAP_DAC_OVERRIDE); the claim is proven by an unprivileged child.
            assert read_kind(secret) == "read"
            said = as_nobody(kinds)
        else:
            said = kinds()
    # The lecture's load_config has no handler for it: the PermissionError escapes.
    assert said.startswith("read PermissionError | raised PermissionError: [Errno 13]")


def test_float_division_by_zero_raises_zero_division_error_not_value_error() -> None:
    zero = json.loads("0.0")
    # CPython 3.14 dropped the operand type from the message (gh-119057).
    message = "float division by zero" if sys.version_info < (3, 14) else "division by zero"
    with pytest.raises(ZeroDivisionError) as raised:
        _ = 10.0 / zero
    assert str(raised.value) == message
    assert not issubclass(ZeroDivisionError, ValueError)
    assert issubclass(ZeroDivisionError, ArithmeticError)


def test_the_outcome_names_what_escaped(tmp_path: Path) -> None:
    assert outcome(write(tmp_path, "config_valid")) == "version 1"
    assert outcome(write(tmp_path, "config_no_version")).startswith("raised ValueError")
