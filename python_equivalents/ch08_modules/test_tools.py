"""pip's side of the lecture's commands, run in this repository's venv. Ledger: ``cargo/*``."""

import subprocess
import sys
from importlib.metadata import version


def test_pip_freeze_pins_every_installed_distribution_with_double_equals() -> None:
    ran = subprocess.run(
        [sys.executable, "-m", "pip", "freeze"],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    lines = ran.stdout.splitlines()
    assert lines
    assert all("==" in line for line in lines), lines
    names = {line.split("==")[0].lower() for line in lines}
    # What requirements.txt names, and what those pulled in unasked (pytest needs pluggy).
    assert f"pytest=={version('pytest')}" in lines
    assert "pluggy" in names
    # No hashes and no source: a list of pins, not a lock file such as Cargo.lock.
    assert not any("--hash" in line or "sha256" in line for line in lines)
