# A function annotated `-> int` that raises on some inputs: strict mypy has nothing to say, since
# Python types have no place for the exceptions (unlike `-> Result[int, ...]`), and neither does
# the caller that never catches.
def parse_port(text: str) -> int:
    if not text:
        raise ValueError("empty input")
    return int(text)


def main() -> None:
    port: int = parse_port("")
    print(port)
