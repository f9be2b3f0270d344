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


def test_pips_greater_equal_admits_the_next_major_version_and_caret_like_is_tilde_equal() -> None:
    # packaging implements PEP 440 for pip; it is installed here as a dependency of pytest.
    from packaging.specifiers import SpecifierSet

    assert "3.0" in SpecifierSet(">=2.28")
    assert "2.99" in SpecifierSet("~=2.28")
    assert "3.0" not in SpecifierSet("~=2.28")
