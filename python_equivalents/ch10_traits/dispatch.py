"""Dispatch in Python: every method call is looked up on the object's type when it runs.
The twin of ``src/bin/dispatch.rs``."""

from __future__ import annotations

from ch10_traits.summary import Article, Summary, Tweet, lecture_article, lecture_tweet
from demo_report import Report, parse_args


def notify_static(item: Summary) -> str:
    """No copy per type here: one function, and the type is found at run time."""
    return f"{item.summarize()} [{type(item).__name__}]"


def notify_dyn(item: Summary) -> str:
    return item.summarize()


def feed() -> list[Article | Tweet]:
    return [lecture_article(), lecture_tweet()]


def demo(report: Report) -> None:
    report.say("notify, one function, the type read at run time:")
    report.result("static_article", notify_static(lecture_article()))
    report.result("static_tweet", notify_static(lecture_tweet()))
    report.say("\nnotify over a list of mixed types:")
    report.result("dyn_feed", " | ".join(notify_dyn(item) for item in feed()))


if __name__ == "__main__":
    options = parse_args("dispatch", "static (impl Trait) against dynamic (dyn Trait) dispatch")
    demo(Report("dispatch", json_lines=options.json))
