//! The lecture's table of other collections: set → `HashSet`, deque → `VecDeque`, heapq →
//! `BinaryHeap` (a max-heap, where heapq is a min-heap), OrderedDict → `IndexMap` (a crate), and
//! SortedList → `BTreeSet`/`BTreeMap`, which keep one of each value where a SortedList keeps all.

use std::cmp::Reverse;
use std::collections::{BTreeMap, BTreeSet, BinaryHeap, HashSet, VecDeque};

use indexmap::IndexMap;
use textbook_report::Report;

use crate::json;

/// Union, intersection and difference of two sets, each sorted for printing.
pub fn set_algebra(a: &[i32], b: &[i32]) -> [Vec<i32>; 3] {
    let (a, b): (HashSet<i32>, HashSet<i32>) =
        (a.iter().copied().collect(), b.iter().copied().collect());
    let sorted = |set: HashSet<i32>| {
        let mut items: Vec<i32> = set.into_iter().collect();
        items.sort();
        items
    };
    [sorted(&a | &b), sorted(&a & &b), sorted(&a - &b)]
}

/// Push and pop at both ends, as with `collections.deque`.
pub fn deque_ends() -> (Vec<i32>, Option<i32>, Option<i32>) {
    let mut d: VecDeque<i32> = VecDeque::from([2, 3]);
    d.push_front(1);
    d.push_back(4);
    let all = d.iter().copied().collect();
    (all, d.pop_front(), d.pop_back())
}

/// The order in which a `BinaryHeap` gives its items back: largest first.
pub fn heap_pops(items: &[i32]) -> Vec<i32> {
    let mut heap: BinaryHeap<i32> = items.iter().copied().collect();
    std::iter::from_fn(|| heap.pop()).collect()
}

/// With `Reverse`, smallest first: the order of Python's `heapq.heappop`.
pub fn min_heap_pops(items: &[i32]) -> Vec<i32> {
    let mut heap: BinaryHeap<Reverse<i32>> = items.iter().map(|&i| Reverse(i)).collect();
    std::iter::from_fn(|| heap.pop().map(|Reverse(i)| i)).collect()
}

/// Keys of an `IndexMap` filled in a given order: that order, as a dict (or OrderedDict) keeps.
pub fn indexmap_keys(keys: &[&str]) -> Vec<String> {
    let map: IndexMap<&str, usize> = keys.iter().enumerate().map(|(i, k)| (*k, i)).collect();
    map.keys().map(|k| k.to_string()).collect()
}

/// A `BTreeSet` keeps each value once, sorted; SortedList would keep the duplicates.
pub fn btreeset_items(items: &[i32]) -> Vec<i32> {
    items
        .iter()
        .copied()
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect()
}

/// A multiset the BTreeMap way: each value with how many times it was added.
pub fn btreemap_multiset(items: &[i32]) -> Vec<i32> {
    let mut counts: BTreeMap<i32, usize> = BTreeMap::new();
    for &i in items {
        *counts.entry(i).or_insert(0) += 1;
    }
    counts
        .into_iter()
        .flat_map(|(value, n)| std::iter::repeat_n(value, n))
        .collect()
}

pub const HEAP_ITEMS: [i32; 6] = [5, 1, 8, 3, 9, 2];
pub const SORTED_ITEMS: [i32; 6] = [3, 1, 3, 2, 1, 3];

pub fn demo(report: &Report) {
    report.say("set → HashSet (union, intersection, difference):");
    let [union, both, only_a] = set_algebra(&[1, 2, 3], &[2, 3, 4]);
    report.result("union", json(union));
    report.result("intersection", json(both));
    report.result("difference", json(only_a));

    report.say("\ncollections.deque → VecDeque:");
    let (all, front, back) = deque_ends();
    report.result("deque", json(all));
    report.result("pop_front", json(front));
    report.result("pop_back", json(back));

    report.say("\nheapq → BinaryHeap: a max-heap, where heapq is a min-heap:");
    report.contrast(
        "heap_pops",
        json(heap_pops(&HEAP_ITEMS)),
        "other/binaryheap",
    );
    report.result("min_heap_pops", json(min_heap_pops(&HEAP_ITEMS)));

    report.say("\nOrderedDict → IndexMap (a crate); a plain dict keeps insertion order too:");
    report.result(
        "ordered_keys",
        json(indexmap_keys(&crate::maps::ORDER_KEYS)),
    );

    report.say("\nSortedList → BTreeSet: sorted, but each value once; a multiset needs counts:");
    report.contrast(
        "sorted_set",
        json(btreeset_items(&SORTED_ITEMS)),
        "other/btree-sortedlist",
    );
    report.result("sorted_multiset", json(btreemap_multiset(&SORTED_ITEMS)));
}
