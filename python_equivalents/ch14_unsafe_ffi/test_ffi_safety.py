"""ctypes lays a Structure out as C does. Ledger: ``ffi/repr-c``."""

import ctypes

from ch14_unsafe_ffi.ffi_safety import CLayout, raw_ffi_function


def test_ctypes_structure_has_cs_padding_12_bytes() -> None:
    assert ctypes.sizeof(CLayout) == 12
    assert [CLayout.tag.offset, CLayout.value.offset, CLayout.flag.offset] == [0, 4, 8]


def test_an_exception_caught_becomes_minus_1() -> None:
    assert raw_ffi_function(0) == 42
    assert raw_ffi_function(99) == -1
