"""The lecture's exercise: the twin of ``src/bin/word_frequency.rs``.

``Counter(text.lower().split())``. ``most_common`` breaks ties by first appearance, and
``str.split()`` splits at the ASCII separators U+001C..U+001F, which Rust's ``split_whitespace``
does not.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

from demo_report import Report, as_json, parse_args

TEXT = "the quick brown fox jumps over the lazy fox"


def word_frequencies(text: str) -> Counter[str]:
    return Counter(text.lower().split())


def in_key_order(counts: Mapping[str, int]) -> str:
    return as_json(dict(sorted(counts.items())))


def counted_by_hand(text: str) -> dict[str, int]:
    """The loop the Rust solution writes, with ``dict.get`` for the missing word."""
    counts: dict[str, int] = {}
    for word in text.lower().split():
        counts[word] = counts.get(word, 0) + 1
    return counts


def demo(report: Report) -> None:
    report.say("The lecture's sentence, counted (in key order on both sides):")
    freq = word_frequencies(TEXT)
    report.result("frequencies", in_key_order(freq))
    report.contrast("top_two", as_json(freq.most_common(2)), "exercise/counter-equivalent")
    report.result("mixed_case", in_key_order(word_frequencies("The THE the Fox")))
    report.result("unicode_case", in_key_order(word_frequencies("Straße STRASSE ΟΔΟΣ οδος")))

    report.say("\nThe ASCII unit separator (U+001F) is whitespace to str.split():")
    report.contrast(
        "unit_separator",
        in_key_order(word_frequencies("a\x1fb a")),
        "exercise/counter-equivalent",
    )

    report.say("\nThe same count written as a loop: `counts[word] += 1` needs no `*`:")
    report.contrast(
        "without_deref", in_key_order(counted_by_hand(TEXT)), "exercise/word-frequencies"
    )


if __name__ == "__main__":
    options = parse_args(
        "word_frequency", "the lecture's exercise, Counter(s.lower().split()) in Rust"
    )
    demo(Report("word_frequency", json_lines=options.json))
