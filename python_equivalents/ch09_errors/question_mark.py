"""The ? operator: the twin of ``src/bin/question_mark.rs``.

Python propagates an exception without a mark; the lecture's ``read_username`` and ``greet`` are
run as printed by the tests (``LECTURE_BLOCK``); the demo uses the same bodies with the file as a
parameter.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from demo_report import Report, parse_args

LECTURE_BLOCK = """
# Python — exceptions propagate silently up the call stack
def read_username() -> str:
    with open("config.txt") as f:      # FileNotFoundError propagates
        return f.readline().strip()    # IOError propagates

def greet():
    name = read_username()             # If this throws, greet() also throws
    print(f"Hello, {name}!")           # This is skipped on error
"""


PROCESS_FILE_BLOCK = """
# Python — multiple operations that might fail
def process_file(path: str) -> dict:
    with open(path) as f:                    # Might fail
        text = f.read()                       # Might fail
    data = json.loads(text)                   # Might fail
    validate(data)                            # Might fail
    return transform(data)                    # Might fail
    # Any of these can throw — and the exception type varies!
"""


def lecture_process_file(names: dict[str, object] | None = None) -> Callable[[str], Any]:
    """The lecture's ``process_file``, run as printed; ``names`` supplies the globals it uses and
    never defines (``json``, ``validate``, ``transform``)."""
    namespace: dict[str, Any] = dict(names or {})
    exec(compile(PROCESS_FILE_BLOCK, "<lecture: Chaining with ?>", "exec"), namespace)
    function: Callable[[str], Any] = namespace["process_file"]
    return function


def lecture() -> dict[str, Any]:
    namespace: dict[str, Any] = {}
    exec(compile(LECTURE_BLOCK, "<lecture: Python — Implicit Propagation>", "exec"), namespace)
    return namespace


def read_username_from(path: Path) -> str:
    with open(path, encoding="utf-8") as f:
        return f.readline().strip()


def greet_from(path: Path) -> str:
    name = read_username_from(path)
    return f"Hello, {name}!"


class ValidationError(Exception):
    pass


class TransformError(Exception):
    pass


def validate(data: object) -> dict[str, Any]:
    if not isinstance(data, dict) or not isinstance(data.get("name"), str):
        raise ValidationError("`name` must be a string")
    if "retries" not in data:
        raise ValidationError("`retries` is missing")
    return data


def transform(validated: dict[str, Any]) -> tuple[str, int]:
    retries = validated["retries"]
    # serde_json's `as_u64`: a non-negative integer (not a bool, not a float).
    if isinstance(retries, bool) or not isinstance(retries, int) or retries < 0:
        raise TransformError(f"retries {retries} is not a count")
    return validated["name"].upper(), retries


def process_file(path: str) -> tuple[str, int]:
    with open(path, encoding="utf-8") as f:
        text = f.read()
    data = json.loads(text)
    validated = validate(data)
    return transform(validated)


def chain_outcome(path: str) -> str:
    """The data, or the step that raised: the exception's class says which."""
    try:
        name, retries = process_file(path)
    except OSError:
        return "stopped at read"
    except json.JSONDecodeError:
        return "stopped at parse"
    except ValidationError:
        return "stopped at validate"
    except TransformError:
        return "stopped at transform"
    return f"{name} x{retries}"


def escaped_class(path: str) -> str:
    """The class of what leaves ``process_file``: the library's own, where Rust's ``?`` converts."""
    try:
        process_file(path)
    except Exception as e:
        return f"accepted: {type(e).__module__}.{type(e).__qualname__} propagates unchanged"
    return "returned"


DOCUMENTS: list[tuple[str, str]] = [
    ("chain_ok", '{"name": "ferris", "retries": 3}'),
    ("chain_not_json", "name: ferris"),
    ("chain_invalid", '{"name": 7, "retries": 3}'),
    ("chain_untransformable", '{"name": "ferris", "retries": -1}'),
]


def demo(report: Report) -> None:
    with tempfile.TemporaryDirectory(prefix="ch09-question-mark-") as scratch:
        directory = Path(scratch)
        report.say("`read_username`: the first line, stripped; an exception passes up unmarked:")
        config = directory / "config.txt"
        config.write_text("alice\nbob\n", encoding="utf-8")
        report.result("username", json.dumps(read_username_from(config)))
        padded = directory / "padded.txt"
        padded.write_text("  alice  \n", encoding="utf-8")
        report.contrast(
            "username_padded",
            json.dumps(read_username_from(padded)),
            "qm/first-line-not-stripped",
        )
        missing = directory / "config.txt.missing"
        try:
            skipped = f"printed {greet_from(missing)!r}"
        except OSError as e:
            skipped = f"greet raised {type(e).__name__} before printing"
        report.contrast("greet_missing", skipped, "qm/propagates-like-exceptions")

        report.say("\n`process_file`: four calls that may raise, four exception classes:")
        report.result("chain_missing", chain_outcome(str(missing)))
        for case, text in DOCUMENTS:
            path = directory / f"{case}.json"
            path.write_text(text, encoding="utf-8")
            report.result(case, chain_outcome(str(path)))

        report.say("\nNothing converts what a call raises; the library's class passes through:")
        report.contrast(
            "question_mark_without_from",
            escaped_class(str(directory / "chain_not_json.json")),
            "qm/each-question-mark-converts",
        )


if __name__ == "__main__":
    options = parse_args(
        "question_mark", "? passes an error up, visibly: read_username, greet, process_file"
    )
    demo(Report("question_mark", json_lines=options.json))
