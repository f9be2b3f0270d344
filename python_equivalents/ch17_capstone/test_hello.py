"""Hello on both sides. Ledger: ``hello/same-greeting``."""

from ch17_capstone.hello import greet


def test_greet_formats_the_name_into_the_greeting() -> None:
    assert greet("Ferris") == "Hello, Ferris!"
