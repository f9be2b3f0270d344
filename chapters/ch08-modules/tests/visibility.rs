//! Private by default: the lecture's `User` (its mistake reproduced, and in a module, where it
//! builds), and the chapter's copy.
//! Ledger: `visibility/*`.
mod support;

use chapter_08::visibility::user::User;
use support::{Scratch, program, rustc};

#[test]
fn a_user_module_builds_prints_and_warns_that_validate_is_never_used() {
    let scratch = Scratch::new("user");
    scratch.write("main.rs", include_str!("../fixtures/user_in_a_module.rs"));
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
fn user_lines_at_the_top_level_are_refused_at_the_let() {
    let scratch = Scratch::new("user-at-top-level");
    scratch.write(
        "main.rs",
        include_str!("../fixtures/user_lines_at_top_level.rs"),
    );
    let built = rustc(scratch.path(), "main.rs");
    assert!(!built.success);
    // Its "outside the module" lines stand at the top level, where only items may.
    assert!(
        built
            .stderr
            .contains("error: expected item, found keyword `let`"),
        "{}",
        built.stderr
    );
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

/// A `User` with a private `age`, and `reader` (a module path) reading it.
fn program_with_reader(reader_module: &str, reader_path: &str) -> String {
    format!(
        "mod user {{\n    pub struct User {{\n        age: i32,\n    }}\n\n    \
         pub fn alice() -> User {{\n        User {{ age: 30 }}\n    }}\n\n    \
         pub mod audit {{\n        pub mod deep {{\n            \
         pub fn age(user: &crate::user::User) -> i32 {{\n                user.age\n            \
         }}\n        }}\n    }}\n}}\n\n{reader_module}\n\n\
         fn main() {{\n    println!(\"{{}}\", {reader_path}(&user::alice()));\n}}\n"
    )
}

#[test]
fn a_descendant_module_reads_a_private_field_and_a_sibling_module_cannot() {
    let scratch = Scratch::new("descendant");
    // `user::audit::deep` is a grandchild of `user`: it may read `age`.
    scratch.write(
        "main.rs",
        &program_with_reader("", "user::audit::deep::age"),
    );
    let built = rustc(scratch.path(), "main.rs");
    assert!(built.success, "{}", built.stderr);
    assert_eq!(program(&scratch.path().join("out")).stdout, "30\n");
    // `report` is a sibling of `user`, outside it: refused.
    let sibling = "mod report {\n    pub fn age(user: &crate::user::User) -> i32 {\n        \
                   user.age\n    }\n}";
    scratch.write("main.rs", &program_with_reader(sibling, "report::age"));
    let refused = rustc(scratch.path(), "main.rs");
    assert!(!refused.success);
    assert!(
        refused
            .stderr
            .contains("error[E0616]: field `age` of struct `User` is private"),
        "{}",
        refused.stderr
    );
}
