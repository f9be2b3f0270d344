"""Context on an application's errors, the twin of anyhow's. Ledger: anyhow/*."""

from pathlib import Path

import pytest

from ch09_errors.app_context import MISSING, SettingsError, chain, load_settings, one_line


def test_the_context_names_the_file_and_the_cause_is_the_os_error() -> None:
    with pytest.raises(SettingsError) as raised:
        load_settings(MISSING)
    assert one_line(raised.value).startswith(f"reading settings {MISSING}: [Errno 2]")
    assert isinstance(chain(raised.value)[-1], FileNotFoundError)
    assert len(chain(raised.value)) == 2


def test_one_exception_class_carries_every_failure_with_its_cause(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"port": "x"}', encoding="utf-8")
    with pytest.raises(SettingsError, match=r"^parsing settings") as raised:
        load_settings(str(bad))
    assert isinstance(raised.value.__cause__, TypeError)
    low = tmp_path / "low.json"
    low.write_text('{"port": 80}', encoding="utf-8")
    with pytest.raises(SettingsError, match=r"port 80 is privileged$"):
        load_settings(str(low))
    good = tmp_path / "good.json"
    good.write_text('{"port": 8080}', encoding="utf-8")
    assert load_settings(str(good)).port == 8080
