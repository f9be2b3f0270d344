"""The lecture's exercise, the Python side: the program runs as written."""

from ch07_ownership.spot_the_errors import lecture_program


def test_the_lecture_program_runs_in_python_and_first_keeps_alice() -> None:
    assert lecture_program() == "First: Alice | Hello, Alice!"
