"""Python's packages and imports, run on the interpreter. Ledger: ``python/*``, ``modules/*``."""

import subprocess
import sys
from pathlib import Path

from ch08_modules.module_tree import private_module_import, reexport_is_the_same_type

# The lecture's tree; `init` says whether each folder gets an __init__.py.
LECTURE_FILES = {
    "myproject/main.py": "",
    "myproject/utils/helpers.py": "def format_name(first, last):\n    return f'{last}, {first}'\n",
    "myproject/utils/validators.py": "from . import helpers\n\nNAME = helpers.__name__\n",
    "myproject/models/user.py": "class User:\n    pass\n",
    "myproject/models/product.py": "",
}
LECTURE_IMPORTS = """\
from myproject.utils.helpers import format_name
from myproject.models.user import User
import myproject.utils.validators as validators
print(format_name("Ada", "Lovelace"), User.__module__, validators.NAME)
import myproject.utils
print(type(myproject.utils.__path__).__name__, myproject.utils.__file__ is None)
"""


def write_tree(root: Path, files: dict[str, str], *, init: bool) -> None:
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    if init:
        for folder in ("myproject", "myproject/utils", "myproject/models"):
            (root / folder / "__init__.py").write_text("")


def python(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args], cwd=cwd, capture_output=True, text=True, timeout=60, check=False
    )


def test_the_lecture_imports_work_on_the_lecture_tree(tmp_path: Path) -> None:
    write_tree(tmp_path, LECTURE_FILES, init=True)
    ran = python(tmp_path, "-c", LECTURE_IMPORTS)
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.splitlines() == [
        "Lovelace, Ada myproject.models.user myproject.utils.helpers",
        "list False",
    ]


def test_without_any_init_py_the_same_imports_work_as_namespace_packages(tmp_path: Path) -> None:
    write_tree(tmp_path, LECTURE_FILES, init=False)
    ran = python(tmp_path, "-c", LECTURE_IMPORTS)
    assert ran.returncode == 0, ran.stderr
    # Same imports, same results; the folders are namespace packages (PEP 420, Python 3.3).
    assert ran.stdout.splitlines() == [
        "Lovelace, Ada myproject.models.user myproject.utils.helpers",
        "_NamespacePath True",
    ]


def test_a_new_file_in_a_package_is_importable_with_no_declaration(tmp_path: Path) -> None:
    write_tree(tmp_path, LECTURE_FILES, init=True)
    (tmp_path / "myproject/utils/extra.py").write_text("ANSWER = 42\n")
    ran = python(tmp_path, "-c", "from myproject.utils.extra import ANSWER; print(ANSWER)")
    assert ran.stdout == "42\n", ran.stderr


def test_a_relative_import_fails_in_a_file_run_as_a_script(tmp_path: Path) -> None:
    write_tree(tmp_path, LECTURE_FILES, init=True)
    ran = python(tmp_path, "myproject/utils/validators.py")
    assert ran.returncode == 1
    assert (
        "ImportError: attempted relative import with no known parent package"
        in ran.stderr.splitlines()[-1]
    )
    # Run as a module of its package (`-m`), the same file imports its sibling.
    assert python(tmp_path, "-m", "myproject.utils.validators").returncode == 0


def test_a_bare_import_of_a_sibling_looks_for_a_top_level_module(tmp_path: Path) -> None:
    write_tree(tmp_path, LECTURE_FILES, init=True)
    (tmp_path / "myproject/utils/validators.py").write_text("import helpers\n")
    ran = python(tmp_path, "-c", "import myproject.utils.validators")
    assert "ModuleNotFoundError: No module named 'helpers'" in ran.stderr


STAR_MODULE = "def public():\n    return 1\n\ndef _private():\n    return 2\n"


def star_names(tmp_path: Path, module_text: str) -> list[str]:
    (tmp_path / "shapes.py").write_text(module_text)
    code = "from shapes import *\nprint(*sorted(n for n in dir() if not n.startswith('__')))"
    ran = python(tmp_path, "-c", code)
    assert ran.returncode == 0, ran.stderr
    return ran.stdout.split()


def test_a_star_import_skips_underscore_names(tmp_path: Path) -> None:
    assert star_names(tmp_path, STAR_MODULE) == ["public"]


def test_all_decides_what_a_star_import_takes_even_underscore_names(tmp_path: Path) -> None:
    assert star_names(tmp_path, STAR_MODULE + "__all__ = ['_private']\n") == ["_private"]


def test_all_does_not_restrict_a_named_import_or_attribute_access(tmp_path: Path) -> None:
    (tmp_path / "shapes.py").write_text(STAR_MODULE + "__all__ = ['public']\n")
    code = "import shapes\nfrom shapes import _private\nprint(shapes._private(), _private())"
    assert python(tmp_path, "-c", code).stdout == "2 2\n"


def test_an_import_in_init_py_reexports_the_name_at_run_time() -> None:
    from ch08_modules import implicit  # no __all__ there
    from ch08_modules.myproject.models import user

    assert implicit.User is user.User  # type: ignore[attr-defined]  # mypy --strict: not exported
    assert reexport_is_the_same_type()


def test_an_underscore_module_imports_from_anywhere() -> None:
    assert private_module_import() == "imported: ch08_modules.myproject.models._product.Product"
