# Habit 9 in Python: the match runs without complaint, but mypy sees the state left out, as a
# function declared to return `str` that can reach its end.
import enum


class Connection(enum.Enum):
    Closed = "Closed"
    Connecting = "Connecting"
    Open = "Open"


def describe(state: Connection) -> str:
    match state:
        case Connection.Closed:
            return "closed"
        case Connection.Open:
            return "open"


print(describe(Connection.Connecting))
