"""Implicit propagation on CPython: the lecture's ``read_username`` and ``greet``, and a chain
whose exception class depends on the step. Ledger: qm/*."""

import contextlib
import json
from pathlib import Path

import pytest

from ch09_errors.question_mark import (
    DOCUMENTS,
    TransformError,
    ValidationError,
    chain_outcome,
    escaped_class,
    greet,
    process_file,
    read_username,
)

# One line per test signature: the ledger check reads a test's body from its `def` line on.
Capture = pytest.CaptureFixture[str]


def test_greet_raises_and_prints_nothing(tmp_path: Path, capsys: Capture) -> None:
    with contextlib.chdir(tmp_path), pytest.raises(FileNotFoundError):
        greet()
    assert capsys.readouterr().out == ""
    (tmp_path / "config.txt").write_text("alice\nbob\n", encoding="utf-8")
    with contextlib.chdir(tmp_path):
        greet()
    assert capsys.readouterr().out == "Hello, alice!\n"


def test_readline_strip_removes_the_spaces_around_the_name(tmp_path: Path) -> None:
    (tmp_path / "config.txt").write_text("  alice  \r\nbob", encoding="utf-8")
    with contextlib.chdir(tmp_path):
        assert read_username() == "alice"


def test_each_step_of_the_chain_raises_its_own_class(tmp_path: Path) -> None:
    raised = []
    with pytest.raises(FileNotFoundError):
        process_file(str(tmp_path / "missing.json"))
    for case, text in DOCUMENTS[1:]:
        path = tmp_path / f"{case}.json"
        path.write_text(text, encoding="utf-8")
        with pytest.raises(Exception) as caught:  # noqa: PT011 (the class is what we record)
            process_file(str(path))
        raised.append(type(caught.value))
    assert raised == [json.JSONDecodeError, ValidationError, TransformError]
    ok = tmp_path / "ok.json"
    ok.write_text(DOCUMENTS[0][1], encoding="utf-8")
    assert process_file(str(ok)) == ("FERRIS", 3)
    assert chain_outcome(str(ok)) == "FERRIS x3"


def test_the_lectures_process_file_needs_json_validate_and_transform(tmp_path: Path) -> None:
    path = tmp_path / "ok.json"
    path.write_text(DOCUMENTS[0][1], encoding="utf-8")
    # Reproduces the Python block of "Chaining with ?" (line 147 of
    # ../shared/course/ch09-error-handling.md), which calls `json.loads`, `validate` and
    # `transform` and neither imports nor defines them. Ours does the same with nothing else in
    # its namespace; `json` is the first of them it looks up, so that is the NameError.
    source = (
        "def process_file(path):\n"
        "    with open(path) as source:\n"
        "        data = json.loads(source.read())\n"
        "    validate(data)\n"
        "    return transform(data)\n"
    )
    namespace: dict[str, object] = {}
    exec(source, namespace)
    process_file_alone = namespace["process_file"]
    assert callable(process_file_alone)
    with pytest.raises(NameError, match="name 'json' is not defined"):
        process_file_alone(str(path))


def test_a_library_exception_leaves_unconverted(tmp_path: Path) -> None:
    path = tmp_path / "chain_not_json.json"
    path.write_text(DOCUMENTS[1][1], encoding="utf-8")
    assert escaped_class(str(path)) == (
        "accepted: json.decoder.JSONDecodeError propagates unchanged"
    )
