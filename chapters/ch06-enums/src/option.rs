//! `Option<T>`, the enum that stands where Python writes `None`. An `Option<User>` is not a
//! `User`: it has no `name` (E0609, tests/ui/option/), so every way of reading it says what
//! happens when there is nobody: `match`, `if let`, a combinator with a default, `?`, `let else`.

use std::collections::HashMap;

use textbook_report::{Report, rejected};

/// The lecture's `User`. `Clone` is what lets `find_user` hand out a copy of the map's entry
/// (without it `.cloned()` is E0277, tests/ui/option/cloned-without-clone.rs).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct User {
    pub name: String,
}

/// The lecture's lookup: one known user, id 1.
pub fn find_user(user_id: i64) -> Option<User> {
    let users = HashMap::from([(
        1,
        User {
            name: "Alice".into(),
        },
    )]);
    users.get(&user_id).cloned()
}

/// Method 1: `match`, both cases spelt out.
pub fn lookup_message(user_id: i64) -> String {
    match find_user(user_id) {
        Some(user) => format!("Found: {}", user.name),
        None => "Not found".to_string(),
    }
}

/// Method 2: `if let`, for when only the `Some` case does something (Python: `if (user :=
/// find_user(1)) is not None:`). `None` when nothing would be printed.
pub fn found_line(user_id: i64) -> Option<String> {
    if let Some(user) = find_user(user_id) {
        return Some(format!("Found: {}", user.name));
    }
    None
}

/// Method 3: transform, then a default computed only when needed.
pub fn name_or_unknown(user_id: i64) -> String {
    find_user(user_id)
        .map(|u| u.name)
        .unwrap_or_else(|| "Unknown".to_string())
}

/// Method 4: `?` returns `None` from the whole function as soon as the lookup finds nobody.
pub fn get_user_name(id: i64) -> Option<String> {
    let user = find_user(id)?;
    Some(user.name)
}

/// Not in the lecture: `let ... else` binds on success and must leave on failure, which keeps
/// the happy path unindented (a non-diverging `else` is E0308, tests/ui/option/).
pub fn greeting(user_id: i64) -> String {
    let Some(user) = find_user(user_id) else {
        return format!("Who is {user_id}?");
    };
    format!("Hello, {}", user.name)
}

/// An optional name as both languages print it: the name, or `None`.
pub fn show(name: Option<&str>) -> String {
    name.unwrap_or("None").to_string()
}

pub fn demo(report: &Report) {
    report.say("Reading the name of a user who is not there:");
    report.contrast(
        "name_of_missing",
        rejected(include_str!("../tests/ui/option/field-of-an-option.stderr")),
        "option/rust-cannot-use-unhandled",
    );

    report.say("\nThe four ways the lecture handles it, and `let else`:");
    for id in [1, 999] {
        report.result(&format!("match_{id}"), lookup_message(id));
        report.result(
            &format!("if_let_{id}"),
            found_line(id).unwrap_or_else(|| "(nothing)".to_string()),
        );
        report.result(&format!("unwrap_or_else_{id}"), name_or_unknown(id));
        report.result(
            &format!("question_mark_{id}"),
            show(get_user_name(id).as_deref()),
        );
        report.result(&format!("let_else_{id}"), greeting(id));
    }
}
