# "No type safety" on the Python side: mypy checks what a generator yields, what its consumer
# receives, and what a lambda returns, once they are annotated.
from collections.abc import Callable, Iterator


def fibonacci() -> Iterator[int]:
    a, b = 0, 1
    while True:
        yield str(a)
        a, b = b, a + b


first: list[str] = [n for n in fibonacci()]
double: Callable[[int], int] = lambda x: f"{x}{x}"  # noqa: E731
