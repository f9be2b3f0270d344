# json.loads returns Any, and Any is compatible with every type: mypy has nothing to say here,
# though the id is a str and the "name" key does not exist.
import json

from ch01_case_for_rust.type_errors import process_user

data = json.loads('{"id": "oops"}')
process_user(data["id"], data["name"])
