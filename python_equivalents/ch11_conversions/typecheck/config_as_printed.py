# The lecture's Python parse_config, as printed: ConfigError is defined nowhere. CPython finds
# out only when an error path runs (NameError); mypy finds out at once.
def parse_config(raw: str) -> tuple[str, int]:
    try:
        host, port_str = raw.split(":")
        port = int(port_str)
        if not (1 <= port <= 65535):
            raise ValueError(f"Bad port: {port}")
        return (host, port)
    except (ValueError, AttributeError) as e:
        raise ConfigError(f"Invalid config: {e}") from e  # noqa: F821
