# Reproduces the Python `load_config` of "Python Exception Handling" (line 13 of
# ../shared/course/ch09-error-handling.md) as strict mypy sees it. Faithful because it keeps the
# two things mypy judges there: the bare `-> dict` return type, and `json.load`'s result (Any)
# returned as it is; and it keeps a `raise` that escapes. mypy reports the types and not one of
# the exceptions: nothing in a signature says what a function raises.
import json


def load_config(path: str) -> dict:
    with open(path, encoding="utf-8") as file:
        data = json.load(file)
    if "version" not in data:
        raise ValueError("Missing version field")
    return data


config = load_config("config.json")
