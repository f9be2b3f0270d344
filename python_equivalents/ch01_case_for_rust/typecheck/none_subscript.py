# mypy knows find_user may return None, and None cannot be indexed: the lecture's crash, caught
# before the program runs (if mypy is run).
from ch01_case_for_rust.none_handling import find_user

user = find_user(999)
print(user["name"])
