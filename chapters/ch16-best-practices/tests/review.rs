//! The code review exercise. Ledger: `review/*`.
use chapter_16::review::{get_name, get_name_as_written};

fn names() -> Vec<String> {
    vec!["Alice".to_string(), "Bob".to_string()]
}

#[test]
fn as_written_hides_a_missing_name_behind_an_empty_string() {
    assert_eq!(get_name_as_written(names(), 0), "Alice");
    assert_eq!(get_name_as_written(names(), 5), "");
    assert_eq!(get_name_as_written(names(), -1), "");
}

#[test]
fn idiomatic_get_name_says_none_for_a_missing_index() {
    let names = names();
    assert_eq!(get_name(&names, 0), Some("Alice"));
    assert_eq!(get_name(&names, 1), Some("Bob"));
    assert_eq!(get_name(&names, 5), None);
}
