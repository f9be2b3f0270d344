# `int | UserId` is Python's spelling of `impl Into<UserId>`; mypy holds a caller to it, CPython
# does not (test_user_id.py runs this call).
from ch11_conversions.user_id import find_user

find_user("42")
