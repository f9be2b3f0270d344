"""Python calling Rust through ``ctypes``, no PyO3: the library is ``tests/native/bridge.rs``
built as a ``cdylib`` by ``chapters/ch14-unsafe-ffi/tests/ffi_bridge.rs``, which runs this script
with the library's path and reads what it prints.

``ctypes`` trusts every signature it is told: a wrong ``argtypes`` or ``restype`` is not an error
but a wrong answer or a crash. That is the boundary the lecture says Python does not have.
"""

import ctypes
import sys


def load(path: str) -> ctypes.CDLL:
    lib = ctypes.CDLL(path)
    lib.fibonacci.argtypes = [ctypes.c_uint64]
    lib.fibonacci.restype = ctypes.c_uint64
    lib.count_primes_up_to.argtypes = [ctypes.c_size_t]
    lib.count_primes_up_to.restype = ctypes.c_size_t
    lib.counter_new.argtypes = [ctypes.c_int64]
    lib.counter_new.restype = ctypes.c_void_p
    for name in ("counter_increment", "counter_free"):
        getattr(lib, name).argtypes = [ctypes.c_void_p]
        getattr(lib, name).restype = None
    lib.counter_get_value.argtypes = [ctypes.c_void_p]
    lib.counter_get_value.restype = ctypes.c_int64
    for name in ("guarded_index", "unguarded_index"):
        getattr(lib, name).argtypes = [ctypes.c_size_t]
        getattr(lib, name).restype = ctypes.c_int32
    return lib


def main(path: str, mode: str) -> None:
    lib = load(path)
    if mode == "unguarded":
        print("unguarded_index(99) =", lib.unguarded_index(99), flush=True)
        return
    print("fibonacci(50) =", lib.fibonacci(50))
    print("count_primes_up_to(100) =", lib.count_primes_up_to(100))
    counter = lib.counter_new(0)
    lib.counter_increment(counter)
    lib.counter_increment(counter)
    print("counter.get_value() =", lib.counter_get_value(counter))
    lib.counter_free(counter)
    print("guarded_index(1) =", lib.guarded_index(1))
    print("guarded_index(99) =", lib.guarded_index(99))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "calls")
