//! Private by default: the lecture's `User` block as printed, and the chapter's copy.
//! Ledger: `visibility/*`.
mod support;

use chapter_08::visibility::user::User;
use support::{Scratch, program, rustc};

#[test]
fn the_lecture_user_block_builds_prints_and_warns_that_validate_is_never_used() {
    let scratch = Scratch::new("user");
    scratch.write("main.rs", include_str!("../fixtures/lecture_user.rs"));
    let built = rustc(scratch.path(), "main.rs");
    assert!(built.success, "{}", built.stderr);
    assert!(
        built
            .stderr
            .contains("warning: method `validate` is never used"),
        "{}",
        built.stderr
    );
    assert_eq!(program(&scratch.path().join("out")).stdout, "Alice\n30\n");
}

#[test]
fn the_public_field_and_the_getter_are_usable_from_outside() {
    let alice = User::new("Alice", 30);
    assert_eq!(alice.name, "Alice");
    assert_eq!(alice.age(), 30);
}

#[test]
fn the_private_validate_still_works_through_a_public_method() {
    assert!(User::checked("Alice", 30).is_some());
    assert!(User::checked("Bob", -1).is_none());
}
