//! When to use From/Into: a function that takes anything that converts into a `UserId`.
//! Twin: python_equivalents/ch11_conversions/user_id.py
use textbook_report::{Report, rejected};

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct UserId(pub i64);

impl From<i64> for UserId {
    fn from(raw: i64) -> UserId {
        UserId(raw)
    }
}

/// The lecture's lookup, without a store: it formats the id it was given.
pub fn find_user(id: impl Into<UserId>) -> Option<String> {
    let user_id = id.into();
    Some(format!("User #{:?}", user_id))
}

pub fn demo(report: &Report) {
    report.say("One parameter type, `impl Into<UserId>`, and two kinds of argument:");
    report.result("from_i64", format!("{:?}", find_user(42i64)));
    report.result("already_a_user_id", format!("{:?}", find_user(UserId(42))));
    report.say("\nAn unsuffixed literal is inferred as the one integer type with a From impl:");
    report.result("bare_literal", format!("{:?}", find_user(42)));
    report.say("\nAn i32 would need i32 → i64 → UserId; conversions do not chain:");
    report.contrast(
        "from_i32",
        rejected(include_str!(
            "../tests/ui/user_id/i32-does-not-chain.stderr"
        )),
        "user-id/anything-convertible",
    );
}
