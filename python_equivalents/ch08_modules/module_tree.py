"""Modules: the twin of ``src/bin/module_tree.rs``.

The ``myproject`` package beside this file is the twin of the Rust tree in src/myproject/.
"""

import importlib

from ch08_modules.myproject import models
from ch08_modules.myproject.models import Product
from ch08_modules.myproject.utils.helpers import format_name
from demo_report import Report, parse_args


def reexport_is_the_same_type() -> bool:
    return models.user.User is models.User


def private_module_import() -> str:
    module = importlib.import_module("ch08_modules.myproject.models._product")
    return f"imported: {module.__name__}.Product"


def demo(report: Report) -> None:
    report.say("Functions reached through the package tree (utils/__init__.py, utils/helpers.py):")
    report.result("format_name", str(format_name("Ada", "Lovelace")))
    report.result("format_name_empty", str(format_name("Ada", "")))
    report.say("\nA re-export: models.User is models.user.User, one class under two paths:")
    report.result("reexport_same_type", str(reexport_is_the_same_type()).lower())
    report.result("user_name", models.User("Grace").name)
    report.result("product_price", Product("teapot", 1250).price())
    report.say("\nWhere the class lives: the module path follows the files, no declaration needed:")
    report.contrast("user_defined_in", models.User.__module__, "modules/mod-declares-the-tree")
    report.say("\nA private module (underscore) imports from anywhere; privacy is a convention:")
    report.contrast(
        "private_module_path", private_module_import(), "modules/pub-mod-makes-it-reachable"
    )


if __name__ == "__main__":
    options = parse_args("module_tree", "the module tree: mod, pub, use, a re-export")
    demo(Report("module_tree", json_lines=options.json))
