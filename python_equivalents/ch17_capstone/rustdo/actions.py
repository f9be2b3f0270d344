"""Step 4, the business logic: the twin of ``src/rustdo/actions.rs``."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from pathlib import Path

from ch17_capstone.rustdo.storage import load_tasks, save_tasks
from ch17_capstone.rustdo.task import Priority, Task


class RustdoError(Exception):
    pass


def next_id(tasks: list[Task]) -> int:
    return max((t.id for t in tasks), default=0) + 1


def add_task(path: Path, task: Task) -> str:
    tasks = load_tasks(path)
    task = replace(task, id=next_id(tasks))
    tasks.append(task)
    save_tasks(path, tasks)
    return f"Added: {task}"


def list_tasks(path: Path, show_done: bool) -> str:
    shown = [t for t in load_tasks(path) if show_done or not t.done]
    if not shown:
        return "No tasks! 🎉"
    return "".join(f"  {t}\n" for t in shown) + f"\n{len(shown)} task(s) shown"


def complete_task(path: Path, id: int) -> str:
    tasks = load_tasks(path)
    task = next((t for t in tasks if t.id == id), None)
    if task is None:
        raise RustdoError(f"No task with id {id}")
    task.done = True
    save_tasks(path, tasks)
    return f"Completed: {task}"


def remove_task(path: Path, id: int) -> str:
    tasks = load_tasks(path)
    kept = [t for t in tasks if t.id != id]
    if len(kept) == len(tasks):
        raise RustdoError(f"No task with id {id}")
    save_tasks(path, kept)
    return f"Removed task {id}"


def show_stats(path: Path) -> str:
    tasks = load_tasks(path)
    total = len(tasks)
    done = sum(t.done for t in tasks)
    # One pass, where the lecture's Rust walks the list once per priority.
    pending = Counter(t.priority for t in tasks if not t.done)

    return (
        f"📊 Task Statistics\n   Total:   {total}\n   Done:    {done} ✅\n"
        f"   Pending: {total - done}\n   🔴 High:   {pending[Priority.HIGH]}\n"
        f"   🟡 Medium: {pending[Priority.MEDIUM]}\n   🟢 Low:    {pending[Priority.LOW]}"
    )
