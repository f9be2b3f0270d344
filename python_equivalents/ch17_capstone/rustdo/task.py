"""Step 1, the data model: the twin of ``src/rustdo/task.rs``."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass
from enum import Enum
from typing import Any

ICONS = {"low": "🟢", "medium": "🟡", "high": "🔴"}


class Priority(Enum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"

    def __str__(self) -> str:
        return self.value

    @classmethod
    def parse(cls, text: str) -> Priority:
        short = {"l": "low", "med": "medium", "m": "medium", "h": "high"}
        lowered = text.lower()
        try:
            return cls(short.get(lowered, lowered))
        except ValueError:
            raise ValueError(f"unknown priority: '{lowered}' (use low/medium/high)") from None


@dataclass
class Task:
    id: int
    title: str
    priority: Priority
    created: str
    done: bool = False

    def __str__(self) -> str:
        status = "✅" if self.done else "⬜"
        icon = ICONS[self.priority.value]
        return f"{status} {self.id} [{icon}] {self.title} ({self.created})"

    def to_dict(self) -> dict[str, object]:
        # Field order as Rust's struct, and the enum as its value: json.dumps cannot write an Enum.
        d = asdict(self)
        return {
            "id": d["id"],
            "title": d["title"],
            "priority": self.priority.value,
            "done": d["done"],
            "created": d["created"],
        }

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
