# An Optional[str] is not a str until someone checks: mypy flags the method call on the union.
from ch01_case_for_rust.none_handling import get_name

name = get_name(999)
print(name.upper())
