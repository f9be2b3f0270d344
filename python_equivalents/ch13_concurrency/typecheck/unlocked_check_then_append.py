"""The lecture's racy append, the lock forgotten: mypy --strict has nothing to say."""

import threading

shared_list: list[int] = []
lock = threading.Lock()


def unsafe_append(items: list[int]) -> None:
    for item in items:
        if item not in shared_list:
            shared_list.append(item)


threads = [threading.Thread(target=unsafe_append, args=([1, 2, 3],)) for _ in range(4)]
