//! Option for None safety: the lecture's four ways of handling a missing user. Ledger: `option/*`.
use chapter_06::option::{
    User, find_user, found_line, get_user_name, greeting, lookup_message, name_or_unknown,
};
use textbook_harness::panic_message;

#[test]
fn find_user_knows_alice_and_nobody_else() {
    assert_eq!(
        find_user(1),
        Some(User {
            name: "Alice".into()
        })
    );
    assert_eq!(find_user(999), None);
}

#[test]
fn match_says_found_or_not_found() {
    assert_eq!(lookup_message(999), "Not found");
    assert_eq!(lookup_message(1), "Found: Alice");
}

#[test]
fn if_let_acts_only_on_a_found_user() {
    assert_eq!(found_line(1).as_deref(), Some("Found: Alice"));
    assert_eq!(found_line(999), None);
}

#[test]
fn map_then_unwrap_or_else_gives_unknown_for_a_missing_user() {
    assert_eq!(name_or_unknown(999), "Unknown");
    assert_eq!(name_or_unknown(1), "Alice");
}

#[test]
fn question_mark_returns_none_early_from_the_whole_function() {
    assert_eq!(get_user_name(1).as_deref(), Some("Alice"));
    assert_eq!(get_user_name(999), None);
}

#[test]
fn let_else_binds_the_user_or_leaves_the_function() {
    assert_eq!(greeting(1), "Hello, Alice");
    assert_eq!(greeting(999), "Who is 999?");
}

#[test]
fn unwrap_on_none_panics() {
    let message = panic_message(|| {
        let _ = find_user(999).unwrap();
    });
    assert_eq!(message, "called `Option::unwrap()` on a `None` value");
}

#[test]
fn expect_on_none_panics_with_its_message() {
    let message = panic_message(|| {
        let _ = find_user(999).expect("user 999 must exist");
    });
    assert_eq!(message, "user 999 must exist");
}
