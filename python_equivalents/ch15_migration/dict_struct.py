"""Dictionary → struct: the twin of ``src/bin/dict_struct.rs``."""

import json
from typing import Any

from demo_report import Report, as_json, outcome, parse_args


def alice() -> dict[str, Any]:
    return {"name": "Alice", "age": 30, "email": "alice@example.com", "active": True}


def demo(report: Report) -> None:
    user = alice()
    report.say("A dict's value is read by key, as a struct's field is by name:")
    report.result("user.name", user["name"])
    report.result("as_json", as_json(user))
    report.say("\nA record missing a key: the dict holds it; the KeyError comes at the first read:")
    bob = json.loads('{"name":"Bob","age":4,"active":false}')
    report.contrast("missing_email", outcome(lambda: bob["email"]), "dict-struct/missing-field")


if __name__ == "__main__":
    options = parse_args("dict_struct", "a dict's keys become a struct's fields")
    demo(Report("dict_struct", json_lines=options.json))
