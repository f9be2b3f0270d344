"""Step 2, storage: the twin of ``src/rustdo/storage.rs``; the path is a parameter."""

from __future__ import annotations

import json
from pathlib import Path

from ch17_capstone.rustdo.task import Task


def load_tasks(path: Path) -> list[Task]:
    if not path.exists():
        return []
    return [Task.from_dict(t) for t in json.loads(path.read_text(encoding="utf-8"))]


def save_tasks(path: Path, tasks: list[Task]) -> None:
    text = json.dumps([t.to_dict() for t in tasks], indent=2, ensure_ascii=False)
    path.write_text(text, encoding="utf-8")
