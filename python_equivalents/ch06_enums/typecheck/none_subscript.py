# The lecture's crash: `find_user` may return None, and None cannot be indexed. mypy reads the
# `dict[str, str] | None` annotation and refuses the line before the program runs.
from ch06_enums.find_user import find_user

user = find_user(999)
print(user["name"])
