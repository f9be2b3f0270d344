//! Custom error types with thiserror: the lecture's `AppError`, `find_user` and `load_users`,
//! made whole (its `User`, its `users` and the `fs` import), and the quick reference's rows.
//! Twin: python_equivalents/ch09_errors/custom_errors.py
use std::collections::HashMap;
use std::error::Error as _;
use std::fs;
use std::sync::LazyLock;

use serde::Deserialize;
use textbook_report::{Report, rejected};
use thiserror::Error;

use crate::scratch::Scratch;

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct User {
    pub id: i64,
    pub name: String,
}

/// The lecture's `AppError`: its four variants and their messages. `entity` is a type's name,
/// always a literal, hence `&'static str`.
#[derive(Debug, Error)]
pub enum AppError {
    #[error("{entity} with id {id} not found")]
    NotFound { entity: &'static str, id: i64 },
    #[error("Validation error on {field}: {message}")]
    Validation { field: String, message: String },
    /// `#[from]` writes `impl From<io::Error>`, which is what lets `?` convert.
    #[error("IO error: {0}")]
    Io(#[from] std::io::Error),
    #[error("JSON error: {0}")]
    Json(#[from] serde_json::Error),
}

/// The `users` the lecture's `find_user` reads and never defines.
pub static USERS: LazyLock<HashMap<i64, User>> = LazyLock::new(|| {
    let ada = User {
        id: 1,
        name: String::from("Ada"),
    };
    HashMap::from([(ada.id, ada)])
});

/// The lecture's `find_user`: a miss is an `Err` the caller must look at, not a `KeyError`.
pub fn find_user(user_id: i64) -> Result<User, AppError> {
    match USERS.get(&user_id) {
        Some(user) => Ok(user.clone()),
        None => Err(AppError::NotFound {
            entity: "User",
            id: user_id,
        }),
    }
}

/// The lecture's `load_users`: `?` turns an `io::Error` into `AppError::Io` and a
/// `serde_json::Error` into `AppError::Json`, through the impls `#[from]` wrote.
pub fn load_users(path: &str) -> Result<Vec<User>, AppError> {
    let text = fs::read_to_string(path)?;
    Ok(serde_json::from_str(&text)?)
}

pub fn validate_email(email: &str) -> Result<&str, AppError> {
    if email.contains('@') {
        Ok(email)
    } else {
        Err(AppError::Validation {
            field: "email".to_string(),
            message: "must contain @".to_string(),
        })
    }
}

/// The variant's name: what a `match` arm (the twin of `except X as e`) would select.
pub fn variant(error: &AppError) -> &'static str {
    match error {
        AppError::NotFound { .. } => "NotFound",
        AppError::Validation { .. } => "Validation",
        AppError::Io(_) => "Io",
        AppError::Json(_) => "Json",
    }
}

/// The quick reference's `isinstance(e, ValueError)`: true for one variant only.
pub fn is_validation(error: &AppError) -> bool {
    matches!(error, AppError::Validation { .. })
}

/// The chain of messages from an error through its `source()`s, as Python's `__cause__` chain.
pub fn chain(error: &(dyn std::error::Error + 'static)) -> Vec<String> {
    let mut messages = vec![error.to_string()];
    let mut next = error.source();
    while let Some(cause) = next {
        messages.push(cause.to_string());
        next = cause.source();
    }
    messages
}

/// A guard whose `Drop` records that cleanup ran: the twin of a `finally` clause.
#[derive(Debug)]
pub struct Cleanup<'a>(pub &'a mut Vec<&'static str>);

impl Drop for Cleanup<'_> {
    fn drop(&mut self) {
        self.0.push("cleanup");
    }
}

/// Fails half-way through with `?`; the guard is dropped on the way out all the same.
pub fn fails_after_setup(log: &mut Vec<&'static str>) -> Result<(), AppError> {
    let guard = Cleanup(log);
    guard.0.push("setup");
    validate_email("nobody")?;
    guard.0.push("unreachable");
    Ok(())
}

pub fn demo(report: &Report) {
    report.say("thiserror's `#[error(...)]` strings, the messages Python builds in `__init__`:");
    let not_found = find_user(42)
        .map(|u| u.name)
        .unwrap_or_else(|e| e.to_string());
    report.result("find_user_missing", not_found);
    report.result(
        "find_user_found",
        find_user(1).map(|u| u.name).unwrap_or_default(),
    );
    let invalid = validate_email("ada.example.com").map_err(|e| e.to_string());
    report.result("validation_message", invalid.err().unwrap_or_default());

    report.say("\n`?` converts library errors through the `From` impls `#[from]` generates:");
    let Ok(scratch) = Scratch::new("custom") else {
        return;
    };
    let missing = scratch.missing("users.json");
    match load_users(&missing.to_string_lossy()) {
        Ok(users) => report.result("load_users_missing", format!("{} users", users.len())),
        Err(e) => {
            report.result("load_users_missing", variant(&e));
            report.contrast("io_message", &e, "custom/io-message-has-no-path");
            report.result("io_cause_kept", e.source().is_some());
        }
    }
    if let Ok(path) = scratch.file("users.json", r#"[{"id": 1, "name": "Ada"}, {"id": 2}]"#) {
        let outcome = load_users(&path.to_string_lossy());
        report.result(
            "load_users_bad_entry",
            outcome.err().map(|e| variant(&e)).unwrap_or("Ok"),
        );
    }
    if let Ok(path) = scratch.file("good.json", r#"[{"id": 1, "name": "Ada"}]"#) {
        let outcome = load_users(&path.to_string_lossy()).map(|users| users.len());
        report.result("load_users_ok", outcome.unwrap_or_default());
    }

    report.say("\nA match arm selects one variant; `except ValueError` also catches subclasses:");
    if let Ok(path) = scratch.file("truncated.json", "[") {
        let caught = load_users(&path.to_string_lossy())
            .err()
            .map(|e| is_validation(&e));
        report.contrast(
            "json_error_caught_as_validation",
            caught.unwrap_or_default(),
            "ref/except-as-pattern",
        );
    }

    report.say("\nDrop runs on the way out of a `?`, as `finally` does on a raise:");
    let mut log = Vec::new();
    let outcome = fails_after_setup(&mut log).map_err(|e| variant(&e));
    report.result("finally_on_error", format!("{outcome:?} {log:?}"));

    report.say("\nThe lecture's block leaves `users`, `User` and `fs` undefined:");
    report.contrast(
        "thiserror_block_as_printed",
        rejected(include_str!(
            "../tests/ui/custom/user-users-and-fs-never-defined.stderr"
        )),
        "custom/block-as-printed",
    );
}
