"""Global config / singleton. Ledger: ``singleton/*``."""

from pathlib import Path

import pytest

import ch15_migration.config_singleton as config
from ch15_migration.config_singleton import Config, db_host


def test_the_config_is_loaded_once_and_shared(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "config.json"
    path.write_text('{"database": {"host": "db.internal"}}')
    monkeypatch.setattr(config, "CONFIG_PATH", str(path))
    monkeypatch.setattr(config, "LOADS", 0)
    monkeypatch.setattr(Config, "_instance", None)
    first = Config()
    path.write_text('{"database": {"host": "changed"}}')
    assert Config() is first
    assert db_host(Config().data) == "db.internal"
    assert config.LOADS == 1


def test_a_missing_key_raises_key_error() -> None:
    with pytest.raises(KeyError, match="host"):
        db_host({"database": {}})
