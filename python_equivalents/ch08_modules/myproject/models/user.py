"""``models.user``."""

from dataclasses import dataclass


@dataclass
class User:
    name: str
