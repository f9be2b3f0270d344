"""Section 2, the primitives table, poisoning and ordering.

The twin of ``src/bin/sync_primitives.rs``.
"""

from __future__ import annotations

import queue
import threading

from demo_report import Report, parse_args

# A wait that a bug would leave hanging raises instead (BrokenBarrierError, queue.Empty).
WAIT_LIMIT = 30.0


def relock_same_thread() -> str:
    """A ``threading.Lock`` is not reentrant either: a second non-blocking acquire fails."""
    lock = threading.Lock()
    with lock:
        acquired = lock.acquire(blocking=False)
    return "acquired" if acquired else "would block"


def rlock_twice() -> bool:
    """What ``RLock`` adds: the owning thread may acquire it again."""
    lock = threading.RLock()
    with lock:
        return lock.acquire(blocking=False)


def rwlock() -> str:
    return f"threading has RWLock: {hasattr(threading, 'RWLock')}"


def event() -> str:
    flag = threading.Event()
    seen: list[bool] = []
    waiter = threading.Thread(target=lambda: seen.append(flag.wait(timeout=WAIT_LIMIT)))
    waiter.start()
    flag.set()
    waiter.join()
    return f"waiter woke with the flag set: {str(seen[0]).lower()}"


def channel_collect() -> list[int]:
    """Three producers, one consumer; ``None`` from each producer marks its end."""
    channel: queue.Queue[int | None] = queue.Queue()

    def produce(producer: int) -> None:
        for k in range(3):
            channel.put(producer * 10 + k)
        channel.put(None)

    for producer in range(3):
        threading.Thread(target=produce, args=(producer,)).start()
    received: list[int] = []
    finished = 0
    while finished < 3:
        item = channel.get(timeout=WAIT_LIMIT)
        if item is None:
            finished += 1
        else:
            received.append(item)
    return sorted(received)


def thread_local_counts() -> str:
    local = threading.local()
    seen: list[int] = []
    lock = threading.Lock()

    def work() -> None:
        local.calls = 0
        for _ in range(2):
            local.calls += 1
        with lock:
            seen.append(local.calls)

    workers = [threading.Thread(target=work) for _ in range(3)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    return f"threads saw {seen}; main sees {getattr(local, 'calls', 0)}"


def panic_holding_lock() -> str:
    """The lecture's poisoning scenario: the thread raises inside ``with lock:``."""
    data = [1, 2, 3]
    lock = threading.Lock()

    def work() -> None:
        with lock:
            data.append(4)
            raise RuntimeError("oops!")

    previous_hook = threading.excepthook
    threading.excepthook = lambda args: None  # the exception is the scenario, not a failure
    try:
        worker = threading.Thread(target=work)
        worker.start()
        worker.join()
    finally:
        threading.excepthook = previous_hook
    with lock:
        return f"released, not poisoned; data {data}"


def release_acquire() -> int:
    data = 0
    ready = threading.Event()
    result: list[int] = []

    def read() -> None:
        ready.wait(timeout=WAIT_LIMIT)
        result.append(data)

    reader = threading.Thread(target=read)
    reader.start()
    data = 42
    ready.set()
    reader.join()
    return result[0]


def demo(report: Report) -> None:
    report.say("A lock taken twice by the same thread (Lock.acquire(blocking=False)):")
    report.result("relock_same_thread", relock_same_thread())
    report.extra("rlock_twice", rlock_twice(), "primitives/rlock")
    report.say("\nMany readers or one writer:")
    report.contrast("rwlock", rwlock(), "primitives/rwlock")
    report.say("\nAn event: one thread waits until another sets a flag:")
    report.result("event", event())
    report.say("\nThree producers, one consumer:")
    report.result("channel", channel_collect())
    report.say("\nThread-local storage:")
    report.result("thread_local", thread_local_counts())
    report.say('\nA thread raises ("oops!") while holding the lock:')
    report.contrast("panic_holding_lock", panic_holding_lock(), "poisoning/lock-poisoned")
    report.say("\nAn Event hands a value over (the GIL and the Event order it):")
    report.result("release_acquire", release_acquire())


if __name__ == "__main__":
    options = parse_args("sync_primitives", "the primitives table, poisoning and ordering")
    demo(Report("sync_primitives", json_lines=options.json))
