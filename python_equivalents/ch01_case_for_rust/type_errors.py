"""Section 1, runtime type errors: the twin of ``src/bin/type_errors.rs``.

Type hints are documentation the interpreter does not read. Each call below is accepted when it
is made; the wrong ones fail later, or never, depending on what the function body happens to do.
"""

from __future__ import annotations

import json
from typing import Any

from demo_report import Report, as_json, outcome, parse_args

VALID_PAYLOAD = '{"id": 7, "name": "bob"}'
STRING_ID_PAYLOAD = '{"id": "7", "name": "bob"}'
# The lecture's payload, exactly: a string id and no name at all.
LECTURE_PAYLOAD = '{"id": "oops"}'


def process_user(user_id: int, name: str) -> dict[str, Any]:
    return {"id": user_id, "name": name.upper()}


def process_json(payload: str) -> dict[str, Any]:
    # json.loads returns Any: from here on, mypy trusts whatever the payload held.
    data = json.loads(payload)
    return process_user(data["id"], data["name"])


def demo(report: Report) -> None:
    report.say("A well-typed call works the same in both languages:")
    report.result("valid_call", outcome(lambda: process_user(42, "alice"), as_json))

    report.say("\nCalls that the interpreter accepts (mypy would flag the first two):")
    report.contrast(
        "wrong_types",
        outcome(lambda: process_user("not-a-number", 42), as_json),  # type: ignore[arg-type]
        "types/python-wrong-types",
    )
    report.contrast(
        "none_id",
        outcome(lambda: process_user(None, "Alice"), as_json),  # type: ignore[arg-type]
        "types/python-none-id",
    )
    report.contrast(
        "extra_argument",
        outcome(lambda: process_user(1, "alice", admin=True), as_json),  # type: ignore[call-arg]
        "types/rust-extra-argument",
    )

    report.say("\nJSON from outside is Any: nothing checks it until something breaks:")
    report.result("json_valid", outcome(lambda: process_json(VALID_PAYLOAD), as_json))
    report.contrast(
        "json_string_id",
        outcome(lambda: process_json(STRING_ID_PAYLOAD), as_json),
        "types/mypy-json-any",
    )
    report.contrast(
        "lecture_payload",
        outcome(lambda: process_json(LECTURE_PAYLOAD), as_json),
        "types/python-json-example",
    )


if __name__ == "__main__":
    options = parse_args(
        "type_errors",
        "wrong argument types, None for a number, extra arguments, and untyped JSON",
    )
    demo(Report("type_errors", json_lines=options.json))
