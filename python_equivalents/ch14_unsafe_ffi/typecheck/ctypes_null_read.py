"""Reading memory at address 0 through ctypes: mypy --strict has nothing to say, and the
interpreter dies with SIGSEGV (test_unsafe_powers.py). No keyword marks the dangerous line."""

import ctypes

first_bytes: bytes = ctypes.string_at(0, 4)
