"""The ? operator: the twin of ``src/bin/question_mark.rs``.

Python propagates an exception without a mark: ``greet`` calls ``read_username``, and whatever
that raises leaves ``greet`` too, before its ``print``, with nothing in either signature.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

from demo_report import Report, parse_args

CONFIG = Path("config.txt")


def read_username(path: Path = CONFIG) -> str:
    """The config file's first line, without the whitespace around it."""
    with path.open(encoding="utf-8") as file:
        return file.readline().strip()


def greeting(path: Path = CONFIG) -> str:
    return f"Hello, {read_username(path)}!"


def greet(path: Path = CONFIG) -> None:
    print(greeting(path))


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
    text = Path(path).read_text(encoding="utf-8")
    return transform(validate(json.loads(text)))


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
        report.result("username", json.dumps(read_username(config)))
        padded = directory / "padded.txt"
        padded.write_text("  alice  \n", encoding="utf-8")
        report.contrast(
            "username_padded",
            json.dumps(read_username(padded)),
            "qm/first-line-not-stripped",
        )
        missing = directory / "config.txt.missing"
        try:
            skipped = f"printed {greeting(missing)!r}"
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
