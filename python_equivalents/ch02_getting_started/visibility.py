"""Public, "internal" and "private" names in Python: the twin of ``src/bin/visibility.rs``.

Underscores are conventions. One underscore hides a name from ``from shop import *`` (and from
tools); two underscores mangle a name only inside a class body. Nothing refuses access.
"""

from __future__ import annotations

from ch02_getting_started import _shop as shop
from demo_report import Report, parse_args


def star_import_names() -> list[str]:
    namespace: dict[str, object] = {}
    exec("from ch02_getting_started._shop import *", namespace)
    return sorted(name for name in namespace if not name.startswith("__builtins__"))


def demo(report: Report) -> None:
    report.say("Every name of a module can be reached as an attribute:")
    report.result("pub_item", shop.greet())
    report.say("\nOne underscore: a convention (and skipped by `import *`):")
    report.result("pub_crate_inside", shop._internal())
    report.contrast(
        "pub_crate_outside",
        f"reachable from anywhere: {shop._internal()}; `import *` gives {star_import_names()}",
        "visibility/pub-crate",
    )
    report.say("\nTwo underscores at module level: not mangled, not hidden:")
    report.result("private_inside", shop.use_helper())
    report.result("private_from_child", shop.Till().ask_parent())
    private = getattr(shop, "__private_helper")
    report.contrast(
        "private_from_outside",
        f"reachable: shop.__private_helper() gives {private()!r}",
        "visibility/private-enforced",
    )


if __name__ == "__main__":
    options = parse_args("visibility", "pub, pub(crate) and private items.")
    demo(Report("visibility", json_lines=options.json))
