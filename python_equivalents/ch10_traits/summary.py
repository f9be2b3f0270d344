"""The lecture's exercise in Python: a ``Summary`` protocol, ``Article``, ``Tweet``, ``notify``.
The twin of ``src/bin/summary.rs``."""

from __future__ import annotations

from typing import Any, Protocol

from demo_report import Report, outcome, parse_args


class Summary(Protocol):
    def summarize(self) -> str: ...


class Article:
    def __init__(self, title: str, body: str) -> None:
        self.title, self.body = title, body

    def summarize(self) -> str:
        # Python slices code points, so this never splits a character (Rust's byte slice can).
        return f"{self.title} — {self.body[:20]}..."


class Tweet:
    def __init__(self, username: str, content: str) -> None:
        self.username, self.content = username, content

    def summarize(self) -> str:
        return f"@{self.username}: {self.content}"


class Dog:
    def bark(self) -> str:
        return "Woof!"


def lecture_article() -> Article:
    return Article("Rust is great", "Here is why Rust beats Python for systems...")


def lecture_tweet() -> Tweet:
    return Tweet("rustacean", "Just shipped my first crate!")


def notify(item: Summary) -> str:
    return f"📢 {item.summarize()}"


NON_ASCII_BODY = "Über die Straße — schnell"


def demo(report: Report) -> None:
    report.say("notify(article) and notify(tweet):")
    report.result("notify_article", notify(lecture_article()))
    report.result("notify_tweet", notify(lecture_tweet()))
    report.say("\nThe first 20 of a body with non-ASCII text (str slices count code points):")
    report.contrast("byte_slice_non_ascii", NON_ASCII_BODY[:20], "exercise/byte-slice-panics")
    report.say("\nThe summary, cut after 20 characters:")
    report.result("chars_non_ascii", notify(Article("Café", NON_ASCII_BODY)))
    report.say("\nA Dog passed to notify (mypy flags it; Python finds out when it runs):")
    dog: Any = Dog()
    report.extra("notify_dog", outcome(lambda: notify(dog)), "exercise/python-protocol-dog")


if __name__ == "__main__":
    options = parse_args("summary", "the exercise: Summary, Article, Tweet, notify")
    demo(Report("summary", json_lines=options.json))
