# The lecture's `load_config`, as printed, under strict mypy: nothing in a signature says what a
# function raises, so the exceptions it lets escape (ValueError, TypeError, UnicodeDecodeError,
# IsADirectoryError) go unreported. Strict mode does complain about the types: a bare `dict`,
# and returning `json.load`'s Any where a dict is promised (at run time a JSON list comes back).
import json


def load_config(path: str) -> dict:
    try:
        with open(path) as f:
            data = json.load(f)  # Can raise JSONDecodeError
            if "version" not in data:
                raise ValueError("Missing version field")
            return data
    except FileNotFoundError:
        print(f"Config file not found: {path}")
        return {}
    except json.JSONDecodeError as e:
        print(f"Invalid JSON: {e}")
        return {}


config = load_config("config.json")
