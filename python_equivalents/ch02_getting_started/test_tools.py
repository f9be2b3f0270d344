"""The Python column of the lecture's tool table, run: venv, ruff, pytest's own kind of test,
and what a lock file is on each side."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.version import Version

from ch02_getting_started.tools import listing, make_venv, run_hello

VENV_BIN = Path(sys.executable).parent
TIMEOUT = 120


def run(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    # Without the variables that would stop CPython from writing its bytecode cache.
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"PYTHONDONTWRITEBYTECODE", "PYTHONPYCACHEPREFIX", "PYTHONPATH"}
    }
    return subprocess.run(args, cwd=cwd, capture_output=True, text=True, timeout=TIMEOUT, env=env)


def test_a_venv_is_a_folder_with_its_own_interpreter_and_site_packages(tmp_path: Path) -> None:
    created = make_venv(tmp_path)
    assert {"bin/", "include/", "lib/", "pyvenv.cfg"} <= set(created), created
    python = tmp_path / ".venv" / "bin" / "python"
    prefix = run([str(python), "-c", "import sys; print(sys.prefix)"], tmp_path).stdout.strip()
    assert Path(prefix) == tmp_path / ".venv"
    config = (tmp_path / ".venv" / "pyvenv.cfg").read_text()
    assert "include-system-site-packages = false" in config


def test_hello_py_runs_directly_and_leaves_nothing_behind(tmp_path: Path) -> None:
    assert run_hello(tmp_path) == "Hello, World!"
    assert listing(tmp_path) == ["hello.py"]


def test_ruff_check_finds_an_undefined_name_with_its_default_rules(tmp_path: Path) -> None:
    # ruff's defaults (E4, E7, E9, F) are mostly Pyflakes: bugs, not style.
    (tmp_path / "bug.py").write_text("def total(items):\n    return sum(itmes)\n")
    done = run([str(VENV_BIN / "ruff"), "check", "--isolated", "bug.py"], tmp_path)
    assert done.returncode == 1
    assert "F821" in done.stdout
    assert "Undefined name `itmes`" in done.stdout


def test_ruff_format_rewrites_the_layout(tmp_path: Path) -> None:
    source = tmp_path / "messy.py"
    source.write_text("x=[1,2 ,3]\ndef f( a ):\n  return a\n")
    done = run([str(VENV_BIN / "ruff"), "format", "--isolated", "messy.py"], tmp_path)
    assert done.returncode == 0, done.stderr
    assert source.read_text() == "x = [1, 2, 3]\n\n\ndef f(a):\n    return a\n"


def test_a_syntax_error_stops_the_file_before_its_first_line_runs(tmp_path: Path) -> None:
    (tmp_path / "broken.py").write_text('print("first line")\nif True\n    pass\n')
    done = run([sys.executable, "broken.py"], tmp_path)
    assert done.stdout == ""
    assert "SyntaxError" in done.stderr


def test_a_name_error_waits_until_its_line_runs(tmp_path: Path) -> None:
    (tmp_path / "late.py").write_text('print("first line")\nprint(undefined_name)\n')
    done = run([sys.executable, "late.py"], tmp_path)
    assert done.stdout == "first line\n"
    assert "NameError: name 'undefined_name' is not defined" in done.stderr


def test_a_bad_indentation_is_a_syntax_error_found_at_compile_time() -> None:
    assert issubclass(IndentationError, SyntaxError)
    with pytest.raises(IndentationError, match="expected an indented block"):
        compile("if True:\nprint('x')\n", "indent.py", "exec")


def test_importing_a_module_compiles_it_to_a_cached_bytecode_file(tmp_path: Path) -> None:
    (tmp_path / "helper.py").write_text("VALUE = 42\n")
    done = run([sys.executable, "-c", "import helper; print(helper.VALUE)"], tmp_path)
    assert done.stdout == "42\n"
    cached = list((tmp_path / "__pycache__").glob("helper.cpython-*.pyc"))
    assert len(cached) == 1


def test_a_folder_without_init_py_is_still_an_importable_package(tmp_path: Path) -> None:
    # PEP 420 (Python 3.3): namespace packages need no __init__.py.
    (tmp_path / "myproject").mkdir()
    (tmp_path / "myproject" / "main.py").write_text("GREETING = 'hi'\n")
    done = run(
        [sys.executable, "-c", "from myproject.main import GREETING; print(GREETING)"], tmp_path
    )
    assert done.stdout == "hi\n", done.stderr


# The declarations of the lecture's pyproject.toml (name, version, Python, two dependencies, a
# `dev` extra), written with TOML's dotted keys: the same table, so the same project.
LECTURE_PYPROJECT = """
project.name = "myproject"
project.version = "0.1.0"
project.requires-python = ">=3.10"
project.dependencies = ["requests>=2.28", "pydantic>=2.0"]
project.optional-dependencies.dev = ["pytest", "ruff", "mypy"]
"""


def test_the_lectures_pyproject_parses_and_its_requirements_have_no_upper_bound() -> None:
    project = tomllib.loads(LECTURE_PYPROJECT)["project"]
    requests = Requirement(project["dependencies"][0])
    assert requests.name == "requests"
    # `>=2.28` admits every later major version; Cargo's "0.12" stops below 0.13.
    assert requests.specifier.contains(Version("99.0"))
    assert project["optional-dependencies"]["dev"] == ["pytest", "ruff", "mypy"]
    assert project["requires-python"] == ">=3.10"


def test_a_requirements_file_pins_only_what_it_spells_out(tmp_path: Path) -> None:
    # requirements.txt is a list of requirements; it is a lock file only if every line pins `==`
    # (and transitive dependencies are listed too), as this repository's own file does.
    ours = Path(__file__).parents[1] / "requirements.txt"
    lines = [line for line in ours.read_text().splitlines() if line and not line.startswith("#")]
    assert all("==" in line for line in lines)
    loose = Requirement("requests>=2.28")
    assert loose.specifier.contains(Version("2.28.0"))
    assert loose.specifier.contains(Version("3.0"))


def test_pydantic_validates_and_coerces_where_serde_only_decodes() -> None:
    # pydantic's default (lax) mode turns the string "42" into the int 42; serde_json refuses a
    # string where an i64 is declared (chapter 1, `types/serde-typed-json`). Strict mode refuses.
    from pydantic import BaseModel, ConfigDict, ValidationError

    class User(BaseModel):
        id: int

    class StrictUser(BaseModel):
        model_config = ConfigDict(strict=True)
        id: int

    assert User.model_validate({"id": "42"}).id == 42
    with pytest.raises(ValidationError, match="Input should be a valid integer"):
        StrictUser.model_validate({"id": "42"})


def test_ruff_flags_a_literal_format_string_missing_an_argument(tmp_path: Path) -> None:
    (tmp_path / "fmt.py").write_text('count = 1\nprint("{} of {}".format(count))\n')
    done = run([str(VENV_BIN / "ruff"), "check", "--isolated", "fmt.py"], tmp_path)
    assert done.returncode == 1
    assert "F524" in done.stdout
