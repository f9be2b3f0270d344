"""Fixtures shared by the chapter's pytest proofs."""

import gc
from collections.abc import Iterator

import pytest


@pytest.fixture
def restore_gc() -> Iterator[None]:
    """Each test may switch the collector off or on; whatever it does is undone afterwards."""
    was_enabled = gc.isenabled()
    yield
    if was_enabled:
        gc.enable()
    else:
        gc.disable()
