"""Context on an application's errors, the twin of anyhow's. Ledger: anyhow/*."""

import pytest

from ch09_errors.app_context import MISSING, SettingsError, chain, load_settings, one_line


def test_the_context_names_the_file_and_the_cause_is_the_os_error() -> None:
    with pytest.raises(SettingsError) as raised:
        load_settings(MISSING)
    assert one_line(raised.value).startswith(f"reading settings {MISSING}: [Errno 2]")
    assert isinstance(chain(raised.value)[-1], FileNotFoundError)
    assert len(chain(raised.value)) == 2
