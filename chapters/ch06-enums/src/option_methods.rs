//! The lecture's table of `Option` methods and their Python "equivalents". Several of those
//! idioms test truthiness, not `None`: `0`, `""` and `[]` are falsy, so `x or default` replaces
//! a present zero where `unwrap_or` keeps it. Python's exact twins compare with `is None`.

use std::cell::Cell;

use textbook_report::Report;

use crate::option::find_user;

/// Default value: `unwrap_or` replaces `None` only (Python: `x if x is not None else default`).
pub fn or_default(x: Option<i64>, default: i64) -> i64 {
    x.unwrap_or(default)
}

/// Default factory: `compute` runs only when `x` is `None`; how many times it ran is returned
/// alongside the value.
pub fn or_compute(x: Option<i64>, compute: impl Fn() -> i64) -> (i64, u32) {
    let calls = Cell::new(0);
    let value = x.unwrap_or_else(|| {
        calls.set(calls.get() + 1);
        compute()
    });
    (value, calls.get())
}

/// Transform if present: `map` applies `f` to every `Some`, zero included.
pub fn doubled(x: Option<i64>) -> Option<i64> {
    x.map(|v| v * 2)
}

/// A profile whose email may be missing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Profile {
    pub email: Option<String>,
}

/// The part after `@`, if there is one.
pub fn domain(email: &str) -> Option<String> {
    email.split_once('@').map(|(_, d)| d.to_string())
}

/// Chained lookups: profile, then its email, then the email's domain. Each step is an
/// `and_then`; the lecture's single `and_then` is one link of this chain.
pub fn email_domain(profile: Option<Profile>) -> Option<String> {
    profile.and_then(|p| p.email).and_then(|e| domain(&e))
}

/// Get or raise: the missing user becomes an error the caller must handle.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("user {0} not found")]
pub struct UserNotFound(pub i64);

pub fn name_or_error(user_id: i64) -> Result<String, UserNotFound> {
    let user = find_user(user_id).ok_or(UserNotFound(user_id))?;
    Ok(user.name)
}

fn show(x: Option<impl ToString>) -> String {
    x.map_or("None".to_string(), |v| v.to_string())
}

pub fn demo(report: &Report) {
    report.say("Default value: `unwrap_or(10)` against the lecture's `x or 10`:");
    for x in [Some(5), None] {
        report.result(&format!("default_{}", show(x)), or_default(x, 10));
    }
    report.contrast(
        "default_0",
        or_default(Some(0), 10),
        "methods/default-value",
    );
    report.result("default_0_is_not_none", or_default(Some(0), 10));

    report.say("\nDefault factory: how often does `compute` run?");
    for x in [Some(5), None] {
        let (value, calls) = or_compute(x, || 99);
        report.result(
            &format!("factory_{}", show(x)),
            format!("{value}, {calls} call(s)"),
        );
    }
    let (value, calls) = or_compute(Some(0), || 99);
    report.contrast(
        "factory_0",
        format!("{value}, {calls} call(s)"),
        "methods/default-factory",
    );

    report.say("\nTransform if present: `map` against `f(x) if x else None`:");
    report.result("map_3", show(doubled(Some(3))));
    report.result("map_None", show(doubled(None)));
    report.contrast("map_0", show(doubled(Some(0))), "methods/transform");

    report.say("\nChained lookups: profile → email → domain:");
    let profiles = [
        (
            "full",
            Some(Profile {
                email: Some("ada@example.org".into()),
            }),
        ),
        ("no_email", Some(Profile { email: None })),
        ("no_profile", None),
    ];
    for (label, profile) in profiles {
        report.result(&format!("chain_{label}"), show(email_domain(profile)));
    }
    report.contrast(
        "chain_empty_email",
        show(email_domain(Some(Profile {
            email: Some(String::new()),
        }))),
        "methods/chain",
    );

    report.say("\nGet or raise: `ok_or(...)?` makes the missing user an error:");
    for id in [1, 999] {
        let outcome = name_or_error(id).unwrap_or_else(|e| format!("error: {e}"));
        report.result(&format!("get_or_raise_{id}"), outcome);
    }
}
