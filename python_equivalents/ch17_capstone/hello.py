"""Hello on both sides: the twin of ``src/bin/hello.rs``."""

from demo_report import Report, parse_args


def greet(name: str) -> str:
    return f"Hello, {name}!"


def demo(report: Report) -> None:
    report.say("A greeting, formatted the same way on both sides:")
    report.result("greet", greet("Ferris"))
    report.say("\nA number where a name belongs is accepted here, and formatted:")
    report.contrast("greet_number", greet(42), "hello/wrong-argument-type")  # type: ignore[arg-type]


if __name__ == "__main__":
    options = parse_args("hello", "a greeting, formatted the same way on both sides")
    demo(Report("hello", json_lines=options.json))
