"""Other collections: the twin of ``src/bin/other_collections.rs``.

``set``, ``collections.deque``, ``heapq`` (a min-heap), ``OrderedDict`` and, for
``sortedcontainers.SortedList`` (a third-party package, not installed here), the sorted list it
maintains, which keeps duplicates.
"""

from __future__ import annotations

import heapq
from collections import OrderedDict, deque

from ch05_collections.hashmap_dict import ORDER_KEYS
from demo_report import Report, as_json, parse_args

HEAP_ITEMS = [5, 1, 8, 3, 9, 2]
SORTED_ITEMS = [3, 1, 3, 2, 1, 3]


def heap_pops(items: list[int]) -> list[int]:
    heap = list(items)
    heapq.heapify(heap)
    return [heapq.heappop(heap) for _ in range(len(heap))]


def demo(report: Report) -> None:
    report.say("set (union, intersection, difference):")
    a, b = {1, 2, 3}, {2, 3, 4}
    report.result("union", as_json(sorted(a | b)))
    report.result("intersection", as_json(sorted(a & b)))
    report.result("difference", as_json(sorted(a - b)))

    report.say("\ncollections.deque:")
    d = deque([2, 3])
    d.appendleft(1)
    d.append(4)
    report.result("deque", as_json(list(d)))
    report.result("pop_front", as_json(d.popleft()))
    report.result("pop_back", as_json(d.pop()))

    report.say("\nheapq: a min-heap, smallest first:")
    report.contrast("heap_pops", as_json(heap_pops(HEAP_ITEMS)), "other/binaryheap")
    report.result("min_heap_pops", as_json(heap_pops(HEAP_ITEMS)))

    report.say("\nOrderedDict (a plain dict keeps this order too):")
    ordered = OrderedDict((k, i) for i, k in enumerate(ORDER_KEYS))
    report.result("ordered_keys", as_json(list(ordered)))

    report.say("\nA sorted list keeps every value, duplicates included:")
    report.contrast("sorted_set", as_json(sorted(SORTED_ITEMS)), "other/btree-sortedlist")
    report.result("sorted_multiset", as_json(sorted(SORTED_ITEMS)))


if __name__ == "__main__":
    options = parse_args(
        "other_collections",
        "HashSet, VecDeque, BinaryHeap, IndexMap and BTreeSet against their Python cousins",
    )
    demo(Report("other_collections", json_lines=options.json))
