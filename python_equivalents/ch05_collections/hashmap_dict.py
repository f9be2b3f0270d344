"""HashMap vs dict: the twin of ``src/bin/hashmap_dict.rs``.

The lecture's dict operations; a missing key raises ``KeyError``; a ``defaultdict`` inserts a
key merely read; and a dict iterates in insertion order, which the language guarantees.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping

from demo_report import Report, as_json, outcome, parse_args

SENTENCE = "the quick brown fox jumps over the lazy fox"
ORDER_KEYS = ["delta", "alpha", "hotel", "charlie", "golf", "bravo", "foxtrot", "echo"]


def in_key_order(d: Mapping[str, object]) -> str:
    return as_json(dict(sorted(d.items())))


def creations() -> list[str]:
    scores = {"Alice": 100, "Bob": 85}
    empty: dict[str, int] = {}
    from_pairs = dict([("x", 1), ("y", 2)])
    keys, values = ["k1", "k2"], [10, 20]
    comprehension = {k: v for k, v in zip(keys, values, strict=True)}
    return [in_key_order(m) for m in (scores, empty, from_pairs, comprehension)]


def operations() -> list[tuple[str, str]]:
    steps: list[tuple[str, str]] = []
    d = {"a": 1, "b": 2}
    d["c"] = 3
    steps.append(("inserted", in_key_order(d)))
    steps.append(("index_a", as_json(d["a"])))
    steps.append(("get_z_or_0", as_json(d.get("z", 0))))
    del d["b"]
    steps.append(("contains_a", as_json("a" in d)))
    steps.append(("keys_sorted", as_json(sorted(d.keys()))))
    steps.append(("values_sorted", as_json(sorted(d.values()))))
    steps.append(("len", as_json(len(d))))
    return steps


def word_count(words: Iterable[str]) -> defaultdict[str, int]:
    counts: defaultdict[str, int] = defaultdict(int)
    for word in words:
        counts[word] += 1
    return counts


def dicts_keep_insertion_order(keys: list[str], maps: int) -> bool:
    return all(list({k: i for i, k in enumerate(keys)}) == keys for _ in range(maps))


def assign(d: dict[str, int], key: str, value: int) -> None:
    """``d[key] = value``, a statement: there is no old value to return."""
    d[key] = value


def remove(d: dict[str, int], key: str) -> None:
    del d[key]


def demo(report: Report) -> None:
    report.say("Creating (entries shown in key order on both sides):")
    scores, empty, from_pairs, comprehension = creations()
    report.result("scores", scores)
    report.result("empty", empty)
    report.result("from_pairs", from_pairs)
    report.result("comprehension", comprehension)

    report.say("\nThe lecture's operations:")
    for step, value in operations():
        report.result(step, value)

    report.say("\nA missing key raises KeyError; assignment returns nothing:")
    d = {"a": 1}
    report.contrast("index_missing", outcome(lambda: d["zz"]), "map/table-index-panics")
    m = {"a": 1, "c": 3}
    report.contrast("insert_existing", outcome(lambda: assign(m, "a", 10)), "map/table-insert")
    report.contrast("remove_missing", outcome(lambda: remove(m, "zz")), "map/table-del-remove")
    report.result("get_default", m.get("zz", 0))
    m.update([("c", 30), ("d", 4)])
    report.result("update", in_key_order(m))
    report.result("setdefault_existing", m.setdefault("a", 99))
    report.result("setdefault_new", m.setdefault("e", 5))

    report.say("\nCounting words with defaultdict(int):")
    counts = word_count(SENTENCE.split())
    report.result("word_count", in_key_order(counts))
    counts["cat"]  # a read, which a defaultdict answers by inserting 0
    report.contrast("read_missing_inserts", as_json("cat" in counts), "map/entry-counting")

    report.say("\nIteration order: a dict keeps insertion order:")
    report.contrast(
        "keeps_insertion_order",
        as_json(dicts_keep_insertion_order(ORDER_KEYS, 20)),
        "map/iteration-order",
    )
    report.result("btree_order", as_json(sorted(ORDER_KEYS)))


if __name__ == "__main__":
    options = parse_args(
        "hashmap_dict",
        "the lecture's map operations, missing keys, the entry API and iteration order",
    )
    demo(Report("hashmap_dict", json_lines=options.json))
