"""Exceptions vs Result: the twin of ``src/bin/load_config.rs``.

``load_config`` is the lecture's function as a Python developer would write it at work: the two
failures it expects are reported and read as an empty config, everything else escapes, and
nothing in its signature says which.
"""

from __future__ import annotations

import contextlib
import io
import json
import tempfile
from pathlib import Path
from typing import Any

from demo_report import Report, parse_args


def load_config(path: str) -> dict[str, Any]:
    """The JSON config at ``path``; a missing or malformed file is reported and read as ``{}``.

    Raises ValueError when the config has no ``version``, and lets every other failure through
    (the lecture's point: the caller cannot tell which from here).
    """
    try:
        with open(path, encoding="utf-8") as file:
            config: dict[str, Any] = json.load(file)
    except FileNotFoundError:
        print(f"Config file not found: {path}")
        return {}
    except json.JSONDecodeError as err:
        print(f"Invalid JSON: {err}")
        return {}
    if "version" not in config:
        raise ValueError("Missing version field")
    return config


# The same files as the Rust side's `CONFIGS`, by case name.
CONFIGS: list[tuple[str, bytes]] = [
    ("config_valid", b'{"version": 1, "name": "demo"}'),
    ("config_not_json", b"version = 1"),
    ("config_no_version", b'{"name": "demo"}'),
    ("config_a_list", b'["version"]'),
    ("config_a_number", b"5"),
    ("config_not_utf8", b'{"version": "\xff"}'),
]


def outcome(path: str) -> str:
    """What one call does: returns (and what it printed), or which exception escapes."""
    printed = io.StringIO()
    try:
        with contextlib.redirect_stdout(printed):
            data = load_config(path)
    except Exception as e:
        return f"raised {type(e).__name__}: {e}"
    said = printed.getvalue().strip().replace(path, "<path>")
    if isinstance(data, dict) and "version" in data:
        return f"version {data['version']}"
    return f"returned {data!r}" + (f" after printing {said!r}" if said else "")


def read_kind(path: Path) -> str:
    """The exception class of reading ``path`` as UTF-8 text, or "read" when it succeeds."""
    try:
        path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        return type(e).__name__
    return "read"


def divide(a: float, b: float) -> float:
    if b == 0.0:
        raise ValueError("Division by zero")
    return a / b


def show_division(a: float, b: float) -> str:
    try:
        return f"Result: {divide(a, b)}"
    except ValueError as msg:
        return f"Error: {msg}"


def unchecked_division(a: float, b: float) -> str:
    try:
        return str(a / b)
    except ZeroDivisionError as e:
        return f"ZeroDivisionError: {e}"


def demo(report: Report) -> None:
    with tempfile.TemporaryDirectory(prefix="ch09-load-config-") as scratch:
        directory = Path(scratch)
        report.say("The lecture's `load_config` on six files, a missing path and a directory:")
        missing = directory / "config.json"
        report.contrast("config_missing", outcome(str(missing)), "python/load-config-as-printed")
        for case, contents in CONFIGS:
            path = directory / f"{case}.json"
            path.write_bytes(contents)
            result = outcome(str(path))
            if case == "config_valid":
                report.result(case, result)
            elif case == "config_not_json":
                report.contrast(case, result, "python/load-config-as-printed")
            else:
                report.contrast(case, result, "python/hidden-exceptions")
        report.contrast("config_directory", outcome(scratch), "python/hidden-exceptions")

        report.say("\nThe exception class of a failed read (Rust returns an io::ErrorKind):")
        report.contrast("read_missing", read_kind(missing), "io/missing-file")
        report.contrast("read_directory", read_kind(directory), "io/unreadable-file")
        latin1 = directory / "latin1.txt"
        latin1.write_bytes(b"caf\xe9")
        report.contrast("read_not_utf8", read_kind(latin1), "io/unreadable-file")

    report.say("\n`divide` raises for zero; the float division itself raises too:")
    report.result("divide_by_zero", show_division(10.0, 0.0))
    report.result("divide", show_division(10.0, 4.0))
    report.contrast(
        "unchecked_float_division", unchecked_division(10.0, 0.0), "variants/zero-division"
    )

    report.say("\n`int()` returns the number itself (or raises): there is no wrapper to open:")
    report.contrast("result_as_value", int("8080"), "results/handling-required")


if __name__ == "__main__":
    options = parse_args(
        "load_config",
        "load_config on good, bad and missing files: Err values against exceptions",
    )
    demo(Report("load_config", json_lines=options.json))
