# mypy rejects None where the signature says int, though the interpreter runs the call happily.
from ch01_case_for_rust.type_errors import process_user

process_user(None, "Alice")
