"""The lecture's extension functions in Python. Ledger: ``pyo3/fibonacci-50``, ``pyo3/counter``,
``pyo3/same-results``."""

from ch14_unsafe_ffi.extension_functions import Counter, fibonacci, py_primes


def test_fibonacci_of_50_is_12586269025() -> None:
    assert fibonacci(50) == 12586269025


def test_python_int_stays_exact_past_u64() -> None:
    assert fibonacci(94) == 19740274219868223167
    assert fibonacci(94) > 2**64


def test_counter_incremented_twice_reads_2_and_reprs_like_the_lecture() -> None:
    counter = Counter(0)
    counter.increment()
    counter.increment()
    assert counter.get_value() == 2
    assert repr(counter) == "Counter(value=2)"


def test_py_primes_finds_the_9592_primes_below_100_000() -> None:
    primes = py_primes(100_000)
    assert len(primes) == 9592
    assert sum(primes) == 454396537
    assert py_primes(10) == [2, 3, 5, 7]
