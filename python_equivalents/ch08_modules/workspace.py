"""Workspaces: the twin of ``src/bin/workspace.rs``, reading the same files with ``tomllib``."""

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from demo_report import Report, parse_args

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class WorkspaceFacts:
    members: list[str]
    resolver: str | None
    has_root_package: bool
    shared_dependencies: int


def facts(root: Path) -> WorkspaceFacts:
    manifest = tomllib.loads((root / "Cargo.toml").read_text())
    workspace = manifest["workspace"]
    return WorkspaceFacts(
        members=list(workspace.get("members", [])),
        resolver=workspace.get("resolver"),
        has_root_package="package" in manifest,
        shared_dependencies=len(workspace.get("dependencies", {})),
    )


def lock_files(root: Path) -> list[str]:
    found = ["Cargo.lock"] if (root / "Cargo.lock").is_file() else []
    for group in ("chapters", "crates"):
        found += [
            f"{group}/{member.name}/Cargo.lock"
            for member in (root / group).iterdir()
            if (member / "Cargo.lock").is_file()
        ]
    found += [f"{m}/Cargo.lock" for m in ("xtask", "tests") if (root / m / "Cargo.lock").is_file()]
    return sorted(found)


def inherited_keys(chapter_manifest: Path) -> list[str]:
    manifest: dict[str, Any] = tomllib.loads(chapter_manifest.read_text())
    keys = []
    for section, table in manifest.items():
        if not isinstance(table, dict):
            continue
        for key, value in table.items():
            if key == "workspace" and value is True:
                keys.append(section)
            elif isinstance(value, dict) and value.get("workspace") is True:
                keys.append(f"{section}.{key}")
    return sorted(keys)


def demo(report: Report) -> None:
    found = facts(ROOT)
    report.say("This repository's root Cargo.toml:")
    report.result("members", " ".join(found.members))
    report.result("root_package", str(found.has_root_package).lower())
    report.result("resolver", found.resolver or "(not set)")
    report.result("shared_dependencies", found.shared_dependencies)
    report.say("\nLock files in the repository (the root and every member folder):")
    report.result("lock_files", " ".join(lock_files(ROOT)))
    report.say("\nWhat chapter-08's Cargo.toml takes from the workspace (`.workspace = true`):")
    inherited = inherited_keys(ROOT / "chapters/ch08-modules/Cargo.toml")
    report.result("inherited", " ".join(inherited))


if __name__ == "__main__":
    options = parse_args(
        "workspace", "this repository is a workspace: members, one lock file, inherited keys"
    )
    demo(Report("workspace", json_lines=options.json))
