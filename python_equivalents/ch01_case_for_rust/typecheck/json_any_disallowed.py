# mypy: disallow-any-expr
# The same call as json_any.py, with mypy's --disallow-any-expr on for this file (the inline
# form of the flag): now every expression whose type is Any is an error, the lecture's included.
import json

from ch01_case_for_rust.type_errors import process_user

data = json.loads('{"id": "oops"}')
process_user(data["id"], data["name"])
