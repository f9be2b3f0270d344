"""Global config / singleton: the twin of ``src/bin/config_singleton.rs``."""

import json
import os
import tempfile
from typing import Any

from demo_report import Report, outcome, parse_args

# Where Config reads from: the lecture's "config.json" unless a program sets another path first.
CONFIG_PATH = "config.json"
LOADS = 0


class Config:
    """The lecture's ``__new__`` singleton: the first call loads the file, later ones reuse it."""

    _instance: "Config | None" = None
    data: Any

    def __new__(cls) -> "Config":
        global LOADS
        if cls._instance is None:
            cls._instance = super().__new__(cls)
            LOADS += 1
            with open(CONFIG_PATH) as f:
                cls._instance.data = json.load(f)
        return cls._instance


def db_host(data: dict[str, Any]) -> str:
    host = data["database"]["host"]
    assert isinstance(host, str)
    return host


def demo(report: Report) -> None:
    global CONFIG_PATH
    fd, CONFIG_PATH = tempfile.mkstemp(suffix=".json", prefix="ch15-config-")
    with os.fdopen(fd, "w") as f:
        f.write('{"database": {"host": "db.internal"}}')
    report.say("The first call loads the file:")
    report.result("db_host", db_host(Config().data))
    with open(CONFIG_PATH, "w") as f:
        f.write('{"database": {"host": "changed"}}')
    report.say("\nLater calls return the same object; the changed file is not read again:")
    report.result("db_host_again", db_host(Config().data))
    report.result("same_object", str(Config() is Config()).lower())
    report.result("loads", LOADS)
    os.remove(CONFIG_PATH)
    report.say(
        "\nA key that is not there: the dict raises KeyError, serde_json's index gives Null:"
    )
    missing: dict[str, Any] = {"database": {}}
    report.contrast(
        "missing_host", outcome(lambda: missing["database"]["host"]), "singleton/missing-key"
    )


if __name__ == "__main__":
    options = parse_args("config_singleton", "a singleton's lazy load becomes OnceLock")
    demo(Report("config_singleton", json_lines=options.json))
