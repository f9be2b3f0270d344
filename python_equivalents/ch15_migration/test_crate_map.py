"""Essential crates: the standard-library and pydantic side. Ledger: ``crates/*``."""

import re

from ch15_migration.crate_map import (
    echo,
    json_roundtrip,
    parse,
    phone_parts,
    read_person,
    toml_port,
)


def test_json_dumps_compact_matches_serde_json() -> None:
    assert json_roundtrip('{"a": "é", "b": [1, 2.5, null]}') == '{"a":"é","b":[1,2.5,null]}'


def test_tomllib_reads_a_nested_table() -> None:
    assert toml_port("[server]\nport = 8080\n") == 8080


def test_re_search_captures_groups() -> None:
    assert phone_parts("call 555-1234 now") == "555/1234"
    assert phone_parts("no number") == ""


def test_pydantic_validates_at_run_time_and_converts_numeric_text() -> None:
    assert read_person('{"name": "Ada", "age": 36}') == "ok: Ada is 36"
    assert read_person('{"name": "Ada", "age": "thirty"}') == "refused"
    assert read_person('{"name": "Ada", "age": "36"}') == "ok: Ada is 36"


def test_argparse_parses_the_same_options() -> None:
    assert parse(["greet", "--name", "Ferris", "--count", "3"]) == "name=Ferris count=3"
    assert parse(["greet", "--name", "Ferris"]) == "name=Ferris count=1"
    assert parse(["greet", "--name", "Ferris", "--count", "x"]) == "usage error"
    assert parse(["greet"]) == "usage error"


def test_subprocess_run_captures_a_childs_output() -> None:
    assert echo("hi") == "hi"


def test_re_accepts_look_around_and_backreferences() -> None:
    assert re.search(r"foo(?=bar)", "foobar") is not None
    assert re.search(r"(?<!x)y", "ay") is not None
    assert re.search(r"(a)\1", "aa") is not None
