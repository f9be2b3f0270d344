//! HashMap, the other collections and the word counter at run time.
//! Ledger: `map/*`, `other/*`, `exercise/counter-equivalent`.
use std::collections::{BTreeMap, HashMap};
use std::panic::catch_unwind;

use chapter_05::maps::{
    ORDER_KEYS, btree_order, comprehension_type, creations, hashmaps_keep_insertion_order,
    operations, word_count,
};
use chapter_05::others::{
    HEAP_ITEMS, SORTED_ITEMS, btreemap_multiset, btreeset_items, deque_ends, heap_pops,
    indexmap_keys, min_heap_pops, set_algebra,
};
use chapter_05::words::{TEXT, most_common, word_frequencies};

#[test]
fn the_four_creations_hold_the_lecture_entries() {
    let [scores, empty, from_pairs, comprehension] = creations();
    assert_eq!(scores, r#"{"Alice":100,"Bob":85}"#);
    assert_eq!(empty, "{}");
    assert_eq!(from_pairs, r#"{"x":1,"y":2}"#);
    assert_eq!(comprehension, r#"{"k1":10,"k2":20}"#);
}

#[test]
fn the_comprehension_line_builds_a_map_of_references() {
    assert_eq!(
        comprehension_type(),
        "std::collections::hash::map::HashMap<&&str, &i32>"
    );
}

#[test]
fn the_lecture_operations_give_the_values_it_comments() {
    let got = operations();
    let expected = [
        ("inserted", r#"{"a":1,"b":2,"c":3}"#),
        ("index_a", "1"),
        ("get_z_or_0", "0"),
        ("contains_a", "true"),
        ("keys_sorted", r#"["a","c"]"#),
        ("values_sorted", "[1,3]"),
        ("len", "2"),
    ];
    let got: Vec<(&str, &str)> = got.iter().map(|(s, v)| (*s, v.as_str())).collect();
    assert_eq!(got, expected);
}

#[test]
fn indexing_a_missing_key_panics() {
    let d = HashMap::from([("a", 1)]);
    let payload = catch_unwind(|| d["zz"]).expect_err("a missing key should panic");
    // The message does not name the key, where Python's `KeyError: 'zz'` does.
    let message = payload
        .downcast_ref::<String>()
        .cloned()
        .or_else(|| payload.downcast_ref::<&str>().map(|m| m.to_string()));
    assert_eq!(message.as_deref(), Some("no entry found for key"));
    assert_eq!(d.get("zz"), None);
    assert_eq!(*d.get("zz").unwrap_or(&0), 0);
}

#[test]
fn insert_and_remove_return_the_old_value_if_any() {
    let mut d = HashMap::from([("a", 1)]);
    assert_eq!(d.insert("a", 10), Some(1));
    assert_eq!(d.insert("b", 2), None);
    assert_eq!(d.remove("a"), Some(10));
    assert_eq!(d.remove("zz"), None);
}

#[test]
fn iter_gives_key_value_pairs_and_extend_overwrites() {
    let mut d = HashMap::from([("a", 1), ("c", 3)]);
    d.extend([("c", 30), ("d", 4)]);
    let items: BTreeMap<&str, i32> = d.iter().map(|(k, v)| (*k, *v)).collect();
    assert_eq!(items, BTreeMap::from([("a", 1), ("c", 30), ("d", 4)]));
}

#[test]
fn entry_or_insert_is_setdefault_and_counts_words() {
    let mut d = HashMap::from([("a", 1)]);
    assert_eq!(*d.entry("a").or_insert(99), 1);
    assert_eq!(*d.entry("e").or_insert(5), 5);
    let counts = word_count("the quick brown fox jumps over the lazy fox".split_whitespace());
    assert_eq!(counts["the"], 2);
    assert_eq!(counts["fox"], 2);
    assert_eq!(counts.len(), 7);
    // Reading a missing key never inserts it (a defaultdict would).
    assert_eq!(counts.get("cat"), None);
    assert!(!counts.contains_key("cat"));
}

#[test]
fn or_insert_evaluates_its_default_even_when_the_key_exists_and_or_insert_with_does_not() {
    let mut d = HashMap::from([("a", 1)]);
    let mut calls = 0;
    let mut make = || {
        calls += 1;
        0
    };
    d.entry("a").or_insert(make());
    d.entry("a").or_insert_with(&mut make);
    assert_eq!(calls, 1);
}

#[test]
fn hashmaps_do_not_keep_insertion_order_and_btreemaps_sort() {
    // Twenty fresh maps, eight keys each: each map has its own random hash keys, so the chance
    // that all twenty iterate in insertion order is (1/8!)^20 if the order were random.
    assert!(!hashmaps_keep_insertion_order(&ORDER_KEYS, 20));
    let mut sorted = ORDER_KEYS.to_vec();
    sorted.sort();
    assert_eq!(btree_order(&ORDER_KEYS), sorted);
}

#[test]
fn two_hashmaps_with_the_same_insertions_may_iterate_differently() {
    let orders: std::collections::HashSet<Vec<&str>> = (0..20)
        .map(|_| {
            let map: HashMap<&str, ()> = ORDER_KEYS.iter().map(|k| (*k, ())).collect();
            map.into_keys().collect()
        })
        .collect();
    assert!(orders.len() > 1, "every map iterated alike: {orders:?}");
}

#[test]
fn sets_deques_and_heaps_do_what_their_python_cousins_do() {
    assert_eq!(
        set_algebra(&[1, 2, 3], &[2, 3, 4]),
        [vec![1, 2, 3, 4], vec![2, 3], vec![1]]
    );
    assert_eq!(deque_ends(), (vec![1, 2, 3, 4], Some(1), Some(4)));
    assert_eq!(heap_pops(&HEAP_ITEMS), [9, 8, 5, 3, 2, 1]);
    assert_eq!(min_heap_pops(&HEAP_ITEMS), [1, 2, 3, 5, 8, 9]);
}

#[test]
fn indexmap_keeps_insertion_order() {
    assert_eq!(indexmap_keys(&ORDER_KEYS), ORDER_KEYS);
}

#[test]
fn a_btreeset_keeps_each_value_once_where_a_sorted_list_keeps_all() {
    assert_eq!(btreeset_items(&SORTED_ITEMS), [1, 2, 3]);
    assert_eq!(btreemap_multiset(&SORTED_ITEMS), [1, 1, 2, 3, 3, 3]);
}

#[test]
fn the_word_counter_counts_case_insensitively() {
    let freq = word_frequencies(TEXT);
    assert_eq!(freq["the"], 2);
    assert_eq!(freq["fox"], 2);
    assert_eq!(freq.len(), 7);
    assert_eq!(word_frequencies("The THE the")["the"], 3);
    assert_eq!(
        most_common(&freq)[..2],
        [("fox".to_string(), 2), ("the".to_string(), 2)]
    );
}

#[test]
fn split_whitespace_does_not_split_at_the_ascii_unit_separator() {
    // U+001F is not White_Space in Unicode; Python's str.split() splits there all the same.
    let freq = word_frequencies("a\u{1f}b a");
    assert_eq!(freq.get("a\u{1f}b"), Some(&1));
    assert_eq!(freq.get("b"), None);
    assert_eq!(word_frequencies("a\u{85}b\u{3000}c").len(), 3);
}

#[test]
fn lowercasing_agrees_with_python_on_sharp_s_and_final_sigma() {
    let freq = word_frequencies("Straße STRASSE ΟΔΟΣ οδος");
    assert_eq!(freq.get("straße"), Some(&1));
    assert_eq!(freq.get("strasse"), Some(&1));
    assert_eq!(freq.get("οδος"), Some(&2));
}

#[test]
fn extend_from_a_clone_leaves_the_source_usable() {
    let mut d = HashMap::from([("a", 1)]);
    let other = HashMap::from([("a", 10), ("b", 2)]);
    d.extend(other.clone());
    assert_eq!(d, HashMap::from([("a", 10), ("b", 2)]));
    assert_eq!(other.len(), 2);
}

#[test]
fn a_float_key_needs_a_wrapper_that_is_eq_and_hash() {
    // The usual way round E0277: key by the float's bits (or use an ordered-float crate).
    let mut prices: HashMap<u64, &str> = HashMap::new();
    prices.insert(2.5_f64.to_bits(), "two and a half");
    assert_eq!(prices.get(&2.5_f64.to_bits()), Some(&"two and a half"));
    assert_eq!(prices.get(&(-0.0_f64).to_bits()), None);
}

#[test]
fn keys_is_a_one_pass_iterator_and_collecting_it_first_allows_changes() {
    let mut d: HashMap<String, i32> = HashMap::from([("a".to_string(), 1)]);
    let mut keys = d.keys();
    assert_eq!(keys.next().map(String::as_str), Some("a"));
    assert_eq!(keys.next(), None); // spent: a second pass needs a second `keys()`
    let snapshot: Vec<String> = d.keys().cloned().collect();
    for k in snapshot {
        d.insert(format!("{k}!"), 0);
    }
    assert_eq!(d.len(), 2);
}
