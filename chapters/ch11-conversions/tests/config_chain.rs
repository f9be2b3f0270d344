//! Conversion chains. Ledger: chain/*.
use chapter_11::config_chain::{outcome, parse_config};

#[test]
fn localhost_8080_parses() {
    assert_eq!(
        parse_config("localhost:8080"),
        Ok(("localhost".to_string(), 8080))
    );
    assert_eq!(outcome("localhost:8080"), "Connecting to localhost:8080");
}

#[test]
fn each_failure_leaves_by_its_own_exit() {
    // The first `?`.
    assert_eq!(
        parse_config("localhost"),
        Err("missing ':' separator".to_string())
    );
    // The second `?`.
    assert_eq!(
        parse_config("localhost:99999"),
        Err("invalid port: number too large to fit in target type".to_string())
    );
    // No `?` on this one: the `return Err(...)` line.
    assert_eq!(
        parse_config("localhost:0"),
        Err("port cannot be zero".to_string())
    );
}

#[test]
fn str_parse_is_stricter_than_int() {
    for raw in ["localhost: 8080", "localhost:8_080", "a:b:c"] {
        assert_eq!(
            parse_config(raw),
            Err("invalid port: invalid digit found in string".to_string())
        );
    }
}
