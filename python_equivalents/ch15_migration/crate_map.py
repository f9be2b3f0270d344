"""Essential crates: the twin of ``src/bin/crate_map.rs`` (the standard library and pydantic)."""

import argparse
import json
import re
import subprocess
import tomllib
from typing import NoReturn

from pydantic import BaseModel, ValidationError

from demo_report import Report, parse_args


def json_roundtrip(text: str) -> str:
    return json.dumps(json.loads(text), separators=(",", ":"), ensure_ascii=False)


def toml_port(text: str) -> int:
    port = tomllib.loads(text)["server"]["port"]
    assert isinstance(port, int)
    return port


def phone_parts(text: str) -> str:
    found = re.search(r"(\d{3})-(\d{4})", text)
    return f"{found[1]}/{found[2]}" if found else ""


class Person(BaseModel):
    name: str
    age: int


def read_person(text: str) -> str:
    try:
        person = Person.model_validate_json(text)
    except ValidationError:
        return "refused"
    return f"ok: {person.name} is {person.age}"


class _NoExit(argparse.ArgumentParser):
    """argparse exits the process on a usage error; the demo wants the error as a value."""

    def error(self, message: str) -> NoReturn:
        raise ValueError(message)


def parse(argv: list[str]) -> str:
    parser = _NoExit(prog="greet")
    parser.add_argument("--name", required=True)
    parser.add_argument("--count", type=int, default=1)
    try:
        args = parser.parse_args(argv[1:])
    except ValueError:
        return "usage error"
    return f"name={args.name} count={args.count}"


def echo(word: str) -> str:
    done = subprocess.run(["echo", word], capture_output=True, text=True, check=False)
    return done.stdout.rstrip("\n")


def demo(report: Report) -> None:
    report.say("json, tomllib, re:")
    report.result("json", json_roundtrip('{"a": "é", "b": [1, 2.5, null]}'))
    report.result("toml", toml_port("[server]\nport = 8080\n"))
    report.result("regex", phone_parts("call 555-1234 now"))
    report.say('\npydantic: checks at run time, and its lax mode converts "36" to 36:')
    report.result("valid_person", read_person('{"name": "Ada", "age": 36}'))
    report.result("age_not_a_number", read_person('{"name": "Ada", "age": "thirty"}'))
    report.contrast("age_as_text", read_person('{"name": "Ada", "age": "36"}'), "crates/validation")
    report.say("\nargparse, subprocess:")
    report.result("args", parse(["greet", "--name", "Ferris", "--count", "3"]))
    report.result("args_default", parse(["greet", "--name", "Ferris"]))
    report.result("args_bad_count", parse(["greet", "--name", "Ferris", "--count", "x"]))
    report.result("subprocess", echo("hi"))


if __name__ == "__main__":
    options = parse_args("crate_map", "the crate table's rows this workspace can run")
    demo(Report("crate_map", json_lines=options.json))
