"""Conversion chains: ``parse_config`` with a ConfigError of its own. The twin of
``src/bin/config_chain.rs``."""

from demo_report import Report, parse_args

# Every TCP port number but 0.
PORT_NUMBERS = range(1, 65536)


class ConfigError(Exception):
    """A config line that is not ``host:port`` with a port in 1..65535 (the lecture raises it
    without defining it)."""


def parse_config(raw: str) -> tuple[str, int]:
    """``host:port`` split and checked; any failure becomes a ConfigError whose cause is the
    original exception. Three lines in the ``try`` can raise: the unpacking, ``int``, the range
    check."""
    try:
        host, port_text = raw.split(":")
        port = int(port_text)
        if port not in PORT_NUMBERS:
            raise ValueError(f"Bad port: {port}")
    except (ValueError, AttributeError) as error:
        raise ConfigError(f"Invalid config: {error}") from error
    return host, port


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
