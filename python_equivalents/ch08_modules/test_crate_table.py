"""The Python side of the lecture's crate table, run on the interpreter. Ledger: ``crates/*``."""

import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from pydantic import BaseModel, Field, ValidationError


def test_logging_prints_a_warning_with_no_setup() -> None:
    # A fresh interpreter, so that pytest's own log capture is not in the way.
    code = "import logging\nlogging.getLogger('app').warning('disk full')\n"
    ran = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert ran.stderr == "disk full\n"


def test_re_has_backreferences_and_look_behind() -> None:
    assert re.fullmatch(r"(a+)b\1", "aabaa")
    assert not re.fullmatch(r"(a+)b\1", "aaba")
    found = re.search(r"(?<=\$)\d+", "tea costs $42")
    assert found is not None
    assert found.group() == "42"


def test_shutil_copytree_copies_a_whole_folder(tmp_path: Path) -> None:
    (tmp_path / "tree/sub").mkdir(parents=True)
    (tmp_path / "tree/a.txt").write_text("a")
    (tmp_path / "tree/sub/b.txt").write_text("b")
    shutil.copytree(tmp_path / "tree", tmp_path / "tree-copy")
    assert (tmp_path / "tree-copy/sub/b.txt").read_text() == "b"


@dataclass
class Point:
    x: int
    y: int


def test_a_dataclass_generates_init_repr_and_eq() -> None:
    p = Point(1, 2)
    assert repr(p) == "Point(x=1, y=2)"
    assert p == Point(x=1, y=2)
    assert "__init__" in Point.__dict__


class Signup(BaseModel):
    age: int = Field(ge=0, le=150)


def test_pydantic_checks_a_rule_beyond_the_type() -> None:
    assert Signup.model_validate_json('{"age": 30}').age == 30
    # 200 is an int, and still refused: the rule, not the type, says no.
    with pytest.raises(ValidationError, match="less than or equal to 150"):
        Signup.model_validate_json('{"age": 200}')
