"""Cargo.toml: the twin of ``src/bin/manifest.rs``.

The lecture's manifest read with ``tomllib`` (standard library since Python 3.11), and what each
requirement admits under Cargo's caret rule, computed the same way as the Rust side.
"""

import tomllib
from dataclasses import dataclass
from pathlib import Path

from demo_report import Report, parse_args

LECTURE_MANIFEST = (
    Path(__file__).resolve().parents[2] / "chapters/ch08-modules/fixtures/my-project-manifest.toml"
)


@dataclass
class Dependency:
    name: str
    requirement: str
    features: list[str]

    def line(self) -> str:
        if not self.features:
            return self.requirement
        return f"{self.requirement} features {','.join(self.features)}"


def dependencies(manifest: str, table: str) -> list[Dependency]:
    """The dependencies of one table, in name order (as the Rust side's sorted map gives them)."""
    deps = tomllib.loads(manifest)[table]
    found = []
    for name in sorted(deps):
        spec = deps[name]
        if isinstance(spec, str):
            found.append(Dependency(name, spec, []))
        else:
            found.append(Dependency(name, spec["version"], list(spec.get("features", []))))
    return found


def caret_range(requirement: str) -> str:
    """Up to the next change of the leftmost non-zero part (the Cargo book, "Specifying
    dependencies")."""
    parts = [int(p) for p in requirement.split(".")]
    if not 1 <= len(parts) <= 3:
        raise ValueError(f"`{requirement}` is not MAJOR[.MINOR[.PATCH]]")
    major, minor, patch = [*parts, 0, 0][:3]
    if major > 0 or len(parts) == 1:
        upper = f"{major + 1}.0.0"
    elif minor > 0 or len(parts) == 2:
        upper = f"0.{minor + 1}.0"
    else:
        upper = f"0.0.{patch + 1}"
    return f">={major}.{minor}.{patch}, <{upper}"


def demo(report: Report) -> None:
    text = LECTURE_MANIFEST.read_text()
    deps = dependencies(text, "dependencies") + dependencies(text, "dev-dependencies")
    report.say("The lecture's Cargo.toml, read as data:")
    report.result("edition", tomllib.loads(text)["package"]["edition"])
    for dep in deps:
        report.result(dep.name, dep.line())
    report.say("\nWhat each requirement admits (Cargo's default caret rule):")
    for dep in deps:
        report.result(f"{dep.name}_admits", caret_range(dep.requirement))


if __name__ == "__main__":
    options = parse_args(
        "manifest", "the lecture's Cargo.toml read as data, and what its requirements admit"
    )
    demo(Report("manifest", json_lines=options.json))
