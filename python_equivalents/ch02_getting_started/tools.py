"""The toolchain and the first project: the twin of ``src/bin/tools.rs``.

Where the Rust side runs ``cargo new`` and ``cargo run``, this side does what the lecture's Python
column does by hand: make a folder, create a virtual environment in it, write ``hello.py`` and run
it. Everything happens in a scratch directory that is removed afterwards.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from demo_report import Report, parse_args

# Creating a venv without pip takes a fraction of a second; this only stops a hang.
TOOL_TIMEOUT = 120


def listing(root: Path) -> list[str]:
    """Every file and folder under ``root``, relative, sorted, folders ending in ``/``, as the
    Rust side lists them. A virtual environment is one entry: its insides are the venv's."""
    found: list[str] = []
    for path in root.rglob("*"):
        parts = path.relative_to(root).parts
        if parts[0] == ".venv" and len(parts) > 1:
            continue
        found.append("/".join(parts) + ("/" if path.is_dir() else ""))
    return sorted(found)


def make_venv(project: Path) -> list[str]:
    """``python -m venv .venv`` (without pip, to stay offline and fast): the venv's top level."""
    subprocess.run(
        [sys.executable, "-m", "venv", "--without-pip", str(project / ".venv")],
        check=True,
        timeout=TOOL_TIMEOUT,
    )
    return sorted(
        f"{entry.name}/" if entry.is_dir() else entry.name
        for entry in (project / ".venv").iterdir()
    )


def run_hello(project: Path) -> str:
    """Writes the lecture's ``hello.py`` and runs it: nothing to compile first."""
    (project / "hello.py").write_text('print("Hello, World!")\n')
    done = subprocess.run(
        [sys.executable, "hello.py"],
        cwd=project,
        capture_output=True,
        text=True,
        check=True,
        timeout=TOOL_TIMEOUT,
    )
    return done.stdout.rstrip("\n")


def demo(report: Report) -> None:
    report.say("The interpreter this machine has (the lecture's `python --version`):")
    report.extra("python_version", f"Python {sys.version.split()[0]}", "install/verify")

    report.say("\n`mkdir myproject`, `python -m venv .venv`, write hello.py, run it:")
    with tempfile.TemporaryDirectory(prefix="ch02-first-project-") as scratch:
        project = Path(scratch) / "myproject"
        project.mkdir()
        venv = make_venv(project)
        report.contrast(
            "new_project",
            f"{' '.join(listing(project))} (the venv holds {' '.join(venv)})",
            "project/cargo-new-layout",
        )
        report.contrast("first_run", run_hello(project), "hello/cargo-new-greeting")
        report.extra("after_first_run", " ".join(listing(project)), "tools/lock-file")


if __name__ == "__main__":
    options = parse_args(
        "tools", "What rustc, cargo new and cargo run really do, run in a scratch directory."
    )
    demo(Report("tools", json_lines=options.json))
