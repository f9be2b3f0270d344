//! Section 2, None. Python lets `None` stand wherever a value is expected and fails when it is
//! used; in Rust "maybe no user" is its own type, `Option<User>`, which has no `name` field and
//! no string methods: the code must say what happens when there is nothing (tests/ui/none/).

use std::collections::HashMap;

use textbook_report::{Report, rejected};
// The chapter's one `User` (section 1), not a second one with only a name: a student meets the
// same type in both sections, and the lecture's snippet merely leaves the `id` out.
use crate::types::User;

/// The lecture's lookup: a user, or `None` when the id is unknown.
pub fn find_user(user_id: i64) -> Option<User> {
    let users = HashMap::from([
        (
            1,
            User {
                id: 1,
                name: "Alice".into(),
            },
        ),
        (
            2,
            User {
                id: 2,
                name: "Bob".into(),
            },
        ),
    ]);
    users.get(&user_id).cloned()
}

/// The lecture's `get_name`: the name if the user exists, `None` otherwise.
pub fn get_name(user_id: i64) -> Option<String> {
    find_user(user_id).map(|user| user.name)
}

/// Handling both cases with `match`: the compiler checks that none is forgotten.
pub fn describe_user(user_id: i64) -> String {
    match find_user(user_id) {
        Some(user) => user.name,
        None => "User not found".to_string(),
    }
}

/// The same with combinators: the default is computed only when there is no user.
pub fn name_or_unknown(user_id: i64) -> String {
    find_user(user_id)
        .map(|user| user.name)
        .unwrap_or_else(|| "Unknown".to_string())
}

pub fn demo(report: &Report) {
    report.say("Looking up a user who exists works the same in both languages:");
    report.result("lookup_known", describe_user(1));

    report.say("\nUsing a missing user as if it were there (rustc's words, from tests/ui/none/):");
    report.contrast(
        "subscript_missing",
        rejected(include_str!("../tests/ui/none/field-of-an-option.stderr")),
        "none/rust-option-field",
    );
    report.contrast(
        "upper_on_missing",
        rejected(include_str!(
            "../tests/ui/none/string-method-on-an-option.stderr"
        )),
        "none/rust-option-field",
    );

    report.say("\nHandling the None case, which both languages can do and only Rust insists on:");
    report.result("match_missing", describe_user(999));
    report.result("combinator_missing", name_or_unknown(999));
    report.result("combinator_known", name_or_unknown(2));
}
