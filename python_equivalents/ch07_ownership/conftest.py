"""Fixtures shared by the chapter's pytest proofs."""

import gc
from collections.abc import Iterator

import pytest


@pytest.fixture
def collector_off() -> Iterator[None]:
    """The automatic cycle collector paused for one test, so that what frees an object is
    reference counting alone (or an explicit ``gc.collect()``); restored afterwards."""
    was_enabled = gc.isenabled()
    gc.disable()
    yield
    if was_enabled:
        gc.enable()
