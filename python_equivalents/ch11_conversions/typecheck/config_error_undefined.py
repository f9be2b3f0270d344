# Reproduces the lecture's Python `parse_config` ("Conversion Chains and Error Handling", line 231
# of ch11-from-and-into-traits.md), reduced to its mistake: an `except` clause that raises
# ConfigError, a class the block never defines. The one fallible call kept is there so that the
# `except` has something to catch; mypy must report the name and nothing else.
def parse_config(raw: str) -> tuple[str, int]:
    try:
        host, port_text = raw.split(":")
        return host, int(port_text)
    except ValueError as error:
        raise ConfigError(f"Invalid config: {error}") from error  # noqa: F821
