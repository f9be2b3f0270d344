"""The capstone, rustdo, in Python: one module per Rust module (task, storage, actions, app)."""

from ch17_capstone.rustdo.app import run
from ch17_capstone.rustdo.task import Priority, Task

__all__ = ["Priority", "Task", "run"]
