"""The mistakes of the lecture's Python sketch ("Python Equivalent", line 27 of
../shared/course/ch17-capstone-project.md), each reproduced in a few lines of our own.

The sketch keeps a task's fields as instance attributes set in ``__init__`` (``priority`` a plain
``Enum`` member, ``created`` stamped there with ``datetime.now().isoformat()``), saves
``json.dumps([t.__dict__ for t in tasks])`` and loads with ``Task(**t)``. Each class below keeps
those names and exactly the construct that goes wrong, and nothing else that could fail first.
"""

from __future__ import annotations

import json
import sys
from dataclasses import asdict, dataclass
from datetime import datetime, tzinfo
from enum import Enum
from pathlib import Path
from typing import Self

import pytest

from ch17_capstone.rustdo import Priority as OurPriority
from ch17_capstone.rustdo import Task as OurTask

STAMP = "2026-11-27T10:00:00"


class Priority(Enum):
    """A plain Enum subclass, as in the sketch; one member shows what json does with it."""

    HIGH = "high"


class Task:
    """The sketch's shape: fields assigned in __init__, ``created`` set there, not accepted."""

    def __init__(self, id: int, title: str, priority: Priority, done: bool = False) -> None:
        self.id, self.title, self.priority, self.done = id, title, priority, done
        self.created = datetime.now().isoformat()


def save_tasks(path: Path, tasks: list[Task]) -> None:
    path.write_text(json.dumps([t.__dict__ for t in tasks], indent=2), encoding="utf-8")


def load_tasks(path: Path) -> list[Task]:
    return [Task(**t) for t in json.loads(path.read_text(encoding="utf-8"))]


def test_json_cannot_write_a_task_dict_holding_a_plain_enum_member(tmp_path: Path) -> None:
    path = tmp_path / ".rustdo.json"
    with pytest.raises(TypeError, match="Object of type Priority is not JSON serializable"):
        save_tasks(path, [Task(1, "Write Rust", Priority.HIGH)])
    # json.dumps fails before write_text runs: nothing is saved, not even an empty list.
    assert not path.exists()


def test_task_star_star_refuses_the_created_key_its_init_sets(tmp_path: Path) -> None:
    path = tmp_path / ".rustdo.json"
    saved = {"id": 1, "title": "Write Rust", "priority": "high", "done": False, "created": STAMP}
    path.write_text(json.dumps([saved]), encoding="utf-8")
    with pytest.raises(TypeError, match="unexpected keyword argument 'created'"):
        load_tasks(path)
    # Without "created" it loads, but the priority comes back a plain str, not a Priority.
    del saved["created"]
    path.write_text(json.dumps([saved]), encoding="utf-8")
    (loaded,) = load_tasks(path)
    # The annotation says Priority; what __init__ was handed, and kept, is json's str.
    priority: object = loaded.priority
    assert priority == "high"
    assert not isinstance(priority, Priority)


class FixedClock(datetime):
    """A clock stopped at 10:00:00.123456 on 27 November 2026, for the sketch's Task."""

    @classmethod
    def now(cls, tz: tzinfo | None = None) -> Self:
        return cls(2026, 11, 27, 10, 0, 0, 123456)


def test_isoformat_writes_microseconds_unless_they_are_zero() -> None:
    # The sketch stamps datetime.now().isoformat(); now() has microseconds 999,999 times in 10**6.
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(sys.modules[__name__], "datetime", FixedClock)
        assert Task(1, "Write Rust", Priority.HIGH).created == "2026-11-27T10:00:00.123456"
    assert datetime(2026, 11, 27, 10, 0, 0, 123456).isoformat() == "2026-11-27T10:00:00.123456"
    assert datetime(2026, 11, 27, 10, 0, 0, 0).isoformat() == "2026-11-27T10:00:00"
    stamp = datetime(2026, 11, 27, 10, 0, 0, 123456).isoformat(timespec="seconds")
    assert stamp == STAMP, "timespec='seconds' writes step 1's format"


def test_a_dataclass_with_a_plain_enum_field_is_not_json_serialisable_either() -> None:
    @dataclass
    class PlainTask:
        id: int
        priority: Priority

    with pytest.raises(TypeError, match="Object of type Priority is not JSON serializable"):
        json.dumps(asdict(PlainTask(1, Priority.HIGH)))
    # Our twin's Priority is a StrEnum: its members are str, and json writes them as such.
    ours = OurTask(1, "Write Rust", OurPriority.HIGH, STAMP)
    assert json.loads(json.dumps(asdict(ours)))["priority"] == "high"
