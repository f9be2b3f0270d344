//! HashMap against dict. The operations agree value for value; what differs is what happens
//! when a key is missing (Python raises `KeyError`, Rust returns `None` or panics) and the order
//! of iteration: a dict keeps insertion order, a `HashMap` has none, and a `BTreeMap` sorts.

use std::collections::{BTreeMap, HashMap};

use textbook_report::Report;

use crate::json;

/// A map's entries in key order, so both languages print them alike whatever the hash order.
pub fn sorted<K: Ord + serde::Serialize, V: serde::Serialize>(
    map: impl IntoIterator<Item = (K, V)>,
) -> String {
    json(map.into_iter().collect::<BTreeMap<K, V>>())
}

/// The lecture's four ways to make a map, `keys` and `values` supplied (the lecture leaves them
/// undefined). The comprehension's map holds references into them: `HashMap<&&str, &i32>`.
pub fn creations() -> [String; 4] {
    let scores = HashMap::from([("Alice", 100), ("Bob", 85)]);
    let empty = HashMap::<String, i32>::new();
    let from_pairs: HashMap<&str, i32> = [("x", 1), ("y", 2)].into_iter().collect();
    let keys = ["k1", "k2"];
    let values = [10, 20];
    let comprehension: HashMap<_, _> = keys.iter().zip(values.iter()).collect();
    [
        sorted(scores),
        sorted(empty),
        sorted(from_pairs),
        sorted(comprehension),
    ]
}

/// The type the lecture's comprehension line builds, as rustc names it.
pub fn comprehension_type() -> &'static str {
    let keys = ["k1", "k2"];
    let values = [10, 20];
    let comprehension: HashMap<_, _> = keys.iter().zip(values.iter()).collect();
    std::any::type_name_of_val(&comprehension)
}

/// The lecture's operations on `d`, each with the value it comments on.
pub fn operations() -> Vec<(&'static str, String)> {
    let mut steps = Vec::new();
    let mut d = HashMap::new();
    d.insert("a", 1);
    d.insert("b", 2);
    d.insert("c", 3);
    steps.push(("inserted", sorted(d.clone())));
    let val = d["a"];
    steps.push(("index_a", json(val)));
    let val = d.get("z").copied().unwrap_or(0);
    steps.push(("get_z_or_0", json(val)));
    d.remove("b");
    let exists = d.contains_key("a");
    steps.push(("contains_a", json(exists)));
    let mut keys: Vec<_> = d.keys().collect();
    keys.sort();
    steps.push(("keys_sorted", json(keys)));
    let mut values: Vec<_> = d.values().collect();
    values.sort();
    steps.push(("values_sorted", json(values)));
    steps.push(("len", json(d.len())));
    steps
}

/// The lecture's word count with the entry API (`defaultdict(int)` in Python).
pub fn word_count<'a>(words: impl IntoIterator<Item = &'a str>) -> HashMap<&'a str, i32> {
    let mut word_count: HashMap<&str, i32> = HashMap::new();
    for word in words {
        *word_count.entry(word).or_insert(0) += 1;
    }
    word_count
}

/// Do `maps` fresh HashMaps, each given `keys` in the same order, all iterate in that order?
pub fn hashmaps_keep_insertion_order(keys: &[&str], maps: usize) -> bool {
    (0..maps).all(|_| {
        let map: HashMap<&str, usize> = keys.iter().enumerate().map(|(i, k)| (*k, i)).collect();
        map.keys().copied().eq(keys.iter().copied())
    })
}

/// The same keys in a BTreeMap: in sorted order, always.
pub fn btree_order<'a>(keys: &[&'a str]) -> Vec<&'a str> {
    let map: BTreeMap<&str, usize> = keys.iter().enumerate().map(|(i, k)| (*k, i)).collect();
    map.into_keys().collect()
}

pub const ORDER_KEYS: [&str; 8] = [
    "delta", "alpha", "hotel", "charlie", "golf", "bravo", "foxtrot", "echo",
];

pub fn demo(report: &Report) {
    report.say("Creating (entries shown in key order on both sides):");
    let [scores, empty, from_pairs, comprehension] = creations();
    report.result("scores", scores);
    report.result("empty", empty);
    report.result("from_pairs", from_pairs);
    report.result("comprehension", comprehension);
    report.extra(
        "comprehension_type",
        comprehension_type(),
        "map/comprehension",
        None,
    );

    report.say("\nThe lecture's operations:");
    for (step, value) in operations() {
        report.result(step, value);
    }

    report.say(
        "\nA missing key: Python raises KeyError, Rust panics on `[]` and says None otherwise:",
    );
    let d = HashMap::from([("a", 1)]);
    report.contrast(
        "index_missing",
        crate::outcome(|| d["zz"], json),
        "map/table-index-panics",
    );
    let mut m = HashMap::from([("a", 1), ("c", 3)]);
    report.contrast(
        "insert_existing",
        format!("{:?}", m.insert("a", 10)),
        "map/table-insert",
    );
    report.contrast(
        "remove_missing",
        format!("{:?}", m.remove("zz")),
        "map/table-del-remove",
    );
    report.result("get_default", m.get("zz").unwrap_or(&0));
    m.extend([("c", 30), ("d", 4)]);
    report.result("update", sorted(m.clone()));
    report.result("setdefault_existing", *m.entry("a").or_insert(99));
    report.result("setdefault_new", *m.entry("e").or_insert(5));

    report.say("\nCounting words with the entry API (defaultdict(int) in Python):");
    let words = "the quick brown fox jumps over the lazy fox".split_whitespace();
    let counts = word_count(words);
    report.result("word_count", sorted(counts.clone()));
    assert_eq!(counts.get("cat"), None); // a read, which never inserts
    report.contrast(
        "read_missing_inserts",
        counts.contains_key("cat"),
        "map/entry-counting",
    );

    report
        .say("\nIteration order: insertion order for dict, none for HashMap, sorted for BTreeMap:");
    report.contrast(
        "keeps_insertion_order",
        hashmaps_keep_insertion_order(&ORDER_KEYS, 20),
        "map/iteration-order",
    );
    report.result("btree_order", json(btree_order(&ORDER_KEYS)));
}
