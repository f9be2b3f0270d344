"""Section 2: the primitives table and poisoning on the Python side. Ledger: ``primitives/*``,
``poisoning/python-lock-stuck``."""

import queue
import sys
import threading

from ch13_concurrency.sync_primitives import (
    channel_collect,
    panic_holding_lock,
    relock_same_thread,
    rlock_twice,
    thread_local_counts,
)


def test_lock_is_not_reentrant_and_rlock_is() -> None:
    assert relock_same_thread() == "would block"
    assert rlock_twice() is True


def test_threading_has_no_rwlock() -> None:
    assert not hasattr(threading, "RWLock")
    assert not any("rwlock" in name.lower() for name in dir(threading))


def test_event_is_a_flag_and_condition_is_the_condition_variable() -> None:
    assert hasattr(threading.Condition(), "notify")
    event = threading.Event()
    assert not hasattr(event, "notify")
    assert {"set", "wait", "is_set"} <= set(dir(event))


def test_queue_has_many_consumers_and_a_maxsize() -> None:
    assert channel_collect() == [0, 1, 2, 10, 11, 12, 20, 21, 22]
    bounded: queue.Queue[int] = queue.Queue(maxsize=1)
    bounded.put(1)
    assert bounded.full()
    got: list[int] = []
    consumers = [
        threading.Thread(target=lambda: got.append(bounded.get(timeout=10))) for _ in range(2)
    ]
    for consumer in consumers:
        consumer.start()
    bounded.put(2)
    for consumer in consumers:
        consumer.join(timeout=10)
    assert sorted(got) == [1, 2]


def test_each_thread_sees_its_own_local() -> None:
    assert thread_local_counts() == "threads saw [2, 2, 2]; main sees 0"


def test_an_exception_inside_with_lock_releases_it() -> None:
    assert panic_holding_lock() == "released, not poisoned; data [1, 2, 3, 4]"
    lock = threading.Lock()
    try:
        with lock:
            raise RuntimeError("oops!")
    except RuntimeError:
        pass
    assert lock.locked() is False


def test_a_bare_acquire_without_release_stays_locked() -> None:
    lock = threading.Lock()

    def crash() -> None:
        lock.acquire()
        raise RuntimeError("oops!")

    previous_hook = threading.excepthook
    threading.excepthook = lambda args: None
    try:
        worker = threading.Thread(target=crash)
        worker.start()
        worker.join()
    finally:
        threading.excepthook = previous_hook
    assert lock.locked() is True
    assert lock.acquire(timeout=0.05) is False


def test_the_standard_library_has_no_atomic_module() -> None:
    assert not [name for name in sys.stdlib_module_names if "atomic" in name.lower()]
