# mypy rejects both arguments of the lecture's first call: a str for the int, an int for the str.
from ch01_case_for_rust.type_errors import process_user

process_user("not-a-number", 42)
