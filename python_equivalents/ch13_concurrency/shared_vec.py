"""Section 2, thread safety: the twin of ``src/bin/shared_vec.rs``.

``list.append`` from several threads loses nothing on CPython (each call is one step under the
GIL); "check, then append" is two steps, and two threads that both check first both append.
Nothing in Python refuses the unlocked version: where Rust prints rustc's refusal, this side
runs the code.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from demo_report import Report, parse_args

# A wait that a bug would leave hanging raises instead (BrokenBarrierError, queue.Empty).
WAIT_LIMIT = 30.0


def run_threads(work: Callable[[], None], count: int) -> None:
    workers = [threading.Thread(target=work) for _ in range(count)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()


def push_each(threads: int) -> list[int]:
    """Each thread appends its index to one list, with no lock; sorted after."""
    shared: list[int] = []
    workers = [threading.Thread(target=shared.append, args=(i,)) for i in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    return sorted(shared)


def guard_unlocks_at_block_end() -> tuple[bool, bool]:
    """``with lock:`` releases at the end of the block, as a Rust guard does at its scope's end."""
    lock = threading.Lock()
    with lock:
        while_held = not lock.locked()
    return while_held, not lock.locked()


def check_then_append(item: int) -> list[int]:
    """The lecture's commented-out race, forced: both threads check before either appends."""
    shared_list: list[int] = []
    both_checked = threading.Barrier(2, timeout=WAIT_LIMIT)

    def work() -> None:
        missing = item not in shared_list
        both_checked.wait()
        if missing:
            shared_list.append(item)

    run_threads(work, 2)
    return shared_list


def safe_append(item: int) -> list[int]:
    """The lecture's ``safe_append``: the check and the append under one lock."""
    shared_list: list[int] = []
    lock = threading.Lock()

    def work() -> None:
        with lock:
            if item not in shared_list:
                shared_list.append(item)

    run_threads(work, 2)
    return shared_list


def demo(report: Report) -> None:
    report.say("Four threads append their index to one list (sorted after):")
    report.result("push_each", push_each(4))
    while_held, after = guard_unlocks_at_block_end()
    report.say("\n`with lock:` releases at the end of the block (free while held, then after):")
    report.result("free_while_held", str(while_held).lower())
    report.result("free_after_scope", str(after).lower())
    report.say("\nCheck, then append, both threads checking first:")
    report.result("check_then_append", check_then_append(7))
    report.result("safe_append", safe_append(7))
    report.say("\nA list moved into a thread and appended to: it runs.")
    moved: list[int] = []
    run_threads(lambda: moved.append(1), 1)
    report.contrast("vec_into_thread", f"runs: {moved}", "sharing/vec-not-send")
    report.say("\nAppending without taking the lock: it runs.")
    report.contrast("push_without_lock", f"runs: {push_each(1)}", "sharing/lock-required")
    report.say("\nNothing is checked for crossing threads:")
    seen: list[int] = []
    hits = 0
    run_threads(lambda: seen.append(hits), 1)
    report.contrast("rc_into_thread", f"runs: the thread saw {seen[0]}", "send-sync/rc-not-send")
    counter = [0]

    def bump() -> None:
        counter[0] += 1

    run_threads(bump, 2)
    report.contrast(
        "cell_shared_by_threads", f"runs: hits = {counter[0]}", "send-sync/cell-not-sync"
    )


if __name__ == "__main__":
    options = parse_args("shared_vec", "one list shared by threads, and its races")
    demo(Report("shared_vec", json_lines=options.json))
