"""The lecture's exercise: the twin of ``src/bin/parse_port.rs``."""

from __future__ import annotations

import json

from demo_report import Report, parse_args


def parse_port(s: str) -> int:
    if not s:
        raise ValueError("empty input")
    try:
        port = int(s)
    except ValueError as e:
        raise ValueError(f"invalid number: {e}") from e
    if port < 1024:
        raise ValueError(f"port {port} is privileged")
    # int() has no upper bound; u16 does, so the twin checks it.
    if port > 65535:
        raise ValueError(f"port {port} is out of range")
    return port


def show(text: str) -> str:
    try:
        return f"✅ {text} → {parse_port(text)}"
    except ValueError as e:
        return f"❌ {json.dumps(text)} → {e}"


LECTURE_INPUTS = ["", "hello", "80", "8080"]


def demo(report: Report) -> None:
    report.say("The lecture's four inputs (the messages of parse errors are each language's own):")
    for text in LECTURE_INPUTS:
        case = f"port_{text or 'empty'}"
        if text == "hello":
            report.contrast(case, show(text), "exercise/parse-port")
        else:
            report.result(case, show(text))
    report.say("\nWhat `int()` accepts and `str::parse::<u16>` does not:")
    report.result("port_plus_sign", show("+8080"))
    report.contrast("port_padded", show(" 8080 "), "exercise/int-is-laxer")
    report.contrast("port_underscore", show("8_080"), "exercise/int-is-laxer")
    report.contrast("port_too_large", show("70000"), "exercise/int-is-laxer")


if __name__ == "__main__":
    options = parse_args(
        "parse_port", "the lecture's exercise: parse_port on its four inputs and on a few more"
    )
    demo(Report("parse_port", json_lines=options.json))
