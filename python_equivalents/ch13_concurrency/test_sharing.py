"""Section 2: appends, check-then-append, ``with lock:``. Ledger: ``sharing/*``."""

import threading

from ch13_concurrency.shared_vec import check_then_append, guard_unlocks_at_block_end, safe_append


def test_appends_from_many_threads_lose_nothing() -> None:
    shared_list: list[int] = []

    def append_items(items: range) -> None:
        for item in items:
            shared_list.append(item)

    workers = [threading.Thread(target=append_items, args=(range(1000),)) for _ in range(4)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert len(shared_list) == 4000


def test_check_then_append_appends_twice_when_both_check_first() -> None:
    assert check_then_append(7) == [7, 7]


def test_safe_append_appends_once() -> None:
    assert safe_append(7) == [7]


def test_with_lock_releases_at_the_end_of_the_block() -> None:
    assert guard_unlocks_at_block_end() == (False, True)
