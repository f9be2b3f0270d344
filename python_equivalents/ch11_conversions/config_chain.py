"""Conversion chains: the lecture's ``parse_config``. The twin of ``src/bin/config_chain.rs``."""

from demo_report import Report, parse_args

# The lecture's block, as printed: it raises a ConfigError it never defines.
LECTURE_BLOCK = """
# Python — chain of conversions with try/except
def parse_config(raw: str) -> tuple[str, int]:
    try:
        host, port_str = raw.split(":")
        port = int(port_str)
        if not (1 <= port <= 65535):
            raise ValueError(f"Bad port: {port}")
        return (host, port)
    except (ValueError, AttributeError) as e:
        raise ConfigError(f"Invalid config: {e}") from e
"""


class ConfigError(Exception):
    """The class the lecture's block needs and does not define."""


def parse_config(raw: str) -> tuple[str, int]:
    """The lecture's function, run with ConfigError defined."""
    try:
        host, port_str = raw.split(":")
        port = int(port_str)
        if not (1 <= port <= 65535):
            raise ValueError(f"Bad port: {port}")
        return (host, port)
    except (ValueError, AttributeError) as e:
        raise ConfigError(f"Invalid config: {e}") from e


def outcome(raw: str) -> str:
    try:
        host, port = parse_config(raw)
    except ConfigError as e:
        return f"Config error: {e}"
    return f"Connecting to {host}:{port}"


CASES = [
    ("localhost:8080", True),
    ("localhost", False),
    ("localhost:99999", False),
    ("localhost:0", False),
    ("localhost: 8080", False),
    ("localhost:8_080", False),
    ("a:b:c", False),
]


def demo(report: Report) -> None:
    report.say("parse_config on good and bad input (ConfigError defined, as the block needs):")
    for raw, same in CASES:
        if same:
            report.result(raw, outcome(raw))
        else:
            report.contrast(raw, outcome(raw), "chain/two-versions-differ")


if __name__ == "__main__":
    options = parse_args("config_chain", "a chain of conversions, each failure a visible exit")
    demo(Report("config_chain", json_lines=options.json))
