"""A mocked database with ``unittest.mock``: the twin of ``src/bin/mock_database.rs``."""

from typing import Protocol
from unittest.mock import Mock

from demo_report import Report, parse_args


class Database(Protocol):
    def get_user(self, user_id: int) -> dict[str, str] | None: ...


def fetch_user_name(db: Database, user_id: int) -> str | None:
    user = db.get_user(user_id)
    return None if user is None else user["name"]


def demo(report: Report) -> None:
    mock_db = Mock()
    mock_db.get_user.return_value = {"name": "Alice"}
    report.say("fetch_user_name against a mock database:")
    name = fetch_user_name(mock_db, 1)
    report.result("fetch_user_name(mock, 1)", f'Some("{name}")')
    report.result("calls", [c.args[0] for c in mock_db.get_user.call_args_list])


if __name__ == "__main__":
    options = parse_args("mock_database", "a mocked database behind a trait")
    demo(Report("mock_database", json_lines=options.json))
