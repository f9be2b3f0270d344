# The lecture's tagged class, annotated as well as it can be: `**data: object` accepts any
# field, and `kind: str` any string. A misspelt kind and a missing field pass mypy.
class Message:
    def __init__(self, kind: str, **data: object) -> None:
        self.kind = kind
        self.data = data


typo = Message(kind="txt", content="hello")
half = Message(kind="move", x=1)
