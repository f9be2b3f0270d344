"""Step 1, the data model: the twin of ``src/rustdo/task.rs``."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass
from enum import StrEnum, auto
from typing import Any


class Priority(StrEnum):
    """Each member is also the str of its lower-case name (3.11's StrEnum), so ``str()`` and
    ``json.dumps`` write "high" with no help, as serde's ``rename_all`` does in Rust."""

    LOW = auto()
    MEDIUM = auto()
    HIGH = auto()

    @property
    def icon(self) -> str:
        return ICONS[self]

    @classmethod
    def parse(cls, text: str) -> Priority:
        short = {"l": "low", "med": "medium", "m": "medium", "h": "high"}
        lowered = text.lower()
        try:
            return cls(short.get(lowered, lowered))
        except ValueError:
            raise ValueError(f"unknown priority: '{lowered}' (use low/medium/high)") from None


ICONS = {Priority.LOW: "🟢", Priority.MEDIUM: "🟡", Priority.HIGH: "🔴"}


@dataclass
class Task:
    id: int
    title: str
    priority: Priority
    created: str
    done: bool = False

    def __str__(self) -> str:
        status = "✅" if self.done else "⬜"
        return f"{status} {self.id} [{self.priority.icon}] {self.title} ({self.created})"

    def to_dict(self) -> dict[str, object]:
        # The keys in the order of Rust's struct fields, so both sides write the same JSON.
        d = asdict(self)
        return {key: d[key] for key in ("id", "title", "priority", "done", "created")}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Task:
        # json.loads gives Any: convert each field, so a wrong type fails here, not later.
        return cls(
            id=int(d["id"]),
            title=str(d["title"]),
            priority=Priority(d["priority"]),
            created=str(d["created"]),
            done=bool(d["done"]),
        )
