"""The lecture's exercise on CPython. Ledger: exercise/*."""

from typing import Any

import pytest

from ch10_traits.summary import (
    NON_ASCII_BODY,
    Article,
    Dog,
    lecture_article,
    lecture_tweet,
    notify,
)


def test_notify_prints_the_lecture_summaries() -> None:
    assert notify(lecture_article()) == "📢 Rust is great — Here is why Rust bea..."
    assert notify(lecture_tweet()) == "📢 @rustacean: Just shipped my first crate!"


def test_a_dog_fails_only_when_notify_runs() -> None:
    dog: Any = Dog()
    with pytest.raises(AttributeError, match="'Dog' object has no attribute 'summarize'"):
        notify(dog)


def test_str_slices_count_code_points_not_bytes() -> None:
    assert NON_ASCII_BODY[:20] == "Über die Straße — sc"
    assert NON_ASCII_BODY.encode()[:20].decode(errors="replace") == "Über die Straße \ufffd"
    assert notify(Article("Café", NON_ASCII_BODY)) == "📢 Café — Über die Straße — sc..."
