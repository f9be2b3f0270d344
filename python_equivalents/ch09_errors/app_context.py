"""Context for an application's errors: the twin of ``src/bin/app_context.rs``.

``raise SettingsError(...) from e`` is Python's ``with_context``: a sentence about what was
being done, with the original exception kept as ``__cause__``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from demo_report import Report, parse_args

MISSING = "/nonexistent/ch09/settings.json"


class SettingsError(Exception):
    pass


@dataclass
class Settings:
    port: int


def load_settings(path: str) -> Settings:
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    except OSError as e:
        raise SettingsError(f"reading settings {path}") from e
    try:
        port = json.loads(text)["port"]
        # What serde checks for a `u16` field: an integer (not a bool) in 0..=65535.
        if isinstance(port, bool) or not isinstance(port, int) or not 0 <= port <= 65535:
            raise TypeError(f"invalid value {port!r}, expected u16")
    except (ValueError, KeyError, TypeError) as e:
        raise SettingsError(f"parsing settings {path}") from e
    if port < 1024:
        raise SettingsError(f"settings {path}: port {port} is privileged")
    return Settings(port=port)


def chain(error: BaseException) -> list[BaseException]:
    links = [error]
    while links[-1].__cause__ is not None:
        links.append(links[-1].__cause__)
    return links


def one_line(error: BaseException) -> str:
    """The chain on one line, outermost first, as anyhow's ``{:#}``."""
    return ": ".join(str(link) for link in chain(error))


def demo(report: Report) -> None:
    report.say("`raise ... from e` names the file; the OSError stays inside as the cause:")
    try:
        settings = load_settings(MISSING)
        report.result("missing_settings", settings.port)
    except SettingsError as e:
        report.contrast("missing_settings", one_line(e), "anyhow/context-names-the-file")
        report.contrast("root_cause_kind", type(chain(e)[-1]).__name__, "anyhow/cause-kept")
        report.result("chain_length", len(chain(e)))


if __name__ == "__main__":
    options = parse_args("app_context", "anyhow: one error type, with context")
    demo(Report("app_context", json_lines=options.json))
