//! Global config / singleton. Ledger: `singleton/*`. The only test of this binary that touches
//! the static, so the load count is its own.
use chapter_15::config::{CONFIG_PATH, LOADS, db_host, get_config};
use serde_json::{Value, json};
use std::sync::atomic::Ordering;
use textbook_harness::Scratch;

#[test]
fn the_config_is_loaded_once_even_by_racing_threads_and_then_shared() {
    let scratch = Scratch::new("ch15-config");
    scratch.write("config.json", r#"{"database": {"host": "db.internal"}}"#);
    CONFIG_PATH.set(scratch.path().join("config.json")).unwrap();

    let firsts: Vec<&'static Value> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..8).map(|_| s.spawn(get_config)).collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    assert!(
        firsts
            .iter()
            .all(|config| std::ptr::eq(*config, get_config()))
    );
    assert_eq!(db_host(get_config()), "db.internal");

    scratch.write("config.json", r#"{"database": {"host": "changed"}}"#);
    assert_eq!(db_host(get_config()), "db.internal");
    assert_eq!(LOADS.load(Ordering::SeqCst), 1);
}

#[test]
fn a_missing_key_indexes_to_null() {
    let config = json!({"database": {}});
    assert_eq!(config["database"]["host"], Value::Null);
    assert_eq!(config["no"]["such"]["path"], Value::Null);
}

#[test]
#[should_panic(expected = "called `Option::unwrap()` on a `None` value")]
fn a_missing_key_panics_at_the_unwrap() {
    db_host(&json!({"database": {}}));
}
