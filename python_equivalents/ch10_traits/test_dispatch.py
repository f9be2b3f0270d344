"""Python's dispatch is dynamic: the method is found when the call runs. Ledger: dispatch/*."""

from ch10_traits.summary import Tweet, lecture_tweet


def test_replacing_a_method_on_the_class_changes_existing_objects() -> None:
    tweet = lecture_tweet()
    before = tweet.summarize()
    original = Tweet.summarize
    try:
        Tweet.summarize = lambda self: "patched"  # type: ignore[method-assign]
        assert tweet.summarize() == "patched"
    finally:
        Tweet.summarize = original  # type: ignore[method-assign]
    assert tweet.summarize() == before
