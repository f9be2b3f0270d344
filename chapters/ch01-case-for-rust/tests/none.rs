//! Section 2: the None case must be handled. Ledger: `none/rust-must-handle`.
use chapter_01::none::{describe_user, find_user, get_name, name_or_unknown};
use chapter_01::types::User;
use textbook_harness::panic_message;

#[test]
fn a_known_id_finds_its_user() {
    assert_eq!(
        find_user(1),
        Some(User {
            id: 1,
            name: "Alice".into()
        })
    );
    assert_eq!(get_name(2).as_deref(), Some("Bob"));
}

#[test]
fn an_unknown_id_is_none_not_an_error() {
    assert_eq!(find_user(999), None);
    assert_eq!(get_name(999), None);
}

#[test]
fn match_on_a_missing_user_says_user_not_found() {
    assert_eq!(describe_user(999), "User not found");
    assert_eq!(describe_user(1), "Alice");
}

#[test]
fn combinators_on_a_missing_user_give_unknown() {
    assert_eq!(name_or_unknown(999), "Unknown");
    assert_eq!(name_or_unknown(2), "Bob");
}

#[test]
fn unwrap_on_a_missing_user_compiles_and_panics() {
    // The compiler makes you say what None means; `unwrap` is one way of saying it, and what it
    // says is "crash here": the AttributeError of Python, as a panic at the same line.
    assert_eq!(
        panic_message(|| {
            let _ = find_user(999).unwrap();
        }),
        "called `Option::unwrap()` on a `None` value"
    );
}
