//! The table of Option methods against Python idioms. Ledger: `methods/*`.
use std::cell::Cell;
use std::hint::black_box;

use chapter_06::option_methods::{
    Profile, UserNotFound, doubled, email_domain, name_or_error, or_compute, or_default,
};

#[test]
fn unwrap_or_replaces_none_and_keeps_a_present_zero() {
    assert_eq!(or_default(None, 10), 10);
    assert_eq!(or_default(Some(5), 10), 5);
    assert_eq!(or_default(Some(0), 10), 0);
    // `black_box` keeps the values opaque, as a lookup's result would be.
    assert_eq!(black_box(Some("")).unwrap_or("anonymous"), "");
    assert_eq!(
        black_box(Some(Vec::<u8>::new())).unwrap_or(vec![1]),
        Vec::<u8>::new()
    );
}

#[test]
fn unwrap_or_else_computes_the_default_only_for_none() {
    assert_eq!(or_compute(Some(5), || 99), (5, 0));
    assert_eq!(or_compute(Some(0), || 99), (0, 0));
    assert_eq!(or_compute(None, || 99), (99, 1));
}

#[test]
fn unwrap_or_evaluates_its_argument_even_when_unused() {
    let calls = Cell::new(0);
    let compute = || {
        calls.set(calls.get() + 1);
        99
    };
    assert_eq!(black_box(Some(5)).unwrap_or(compute()), 5);
    assert_eq!(
        calls.get(),
        1,
        "the argument is an ordinary expression, evaluated first"
    );
}

#[test]
fn map_transforms_every_some_zero_included() {
    assert_eq!(doubled(Some(3)), Some(6));
    assert_eq!(doubled(Some(0)), Some(0));
    assert_eq!(doubled(None), None);
}

#[test]
fn and_then_chains_lookups_and_any_missing_link_gives_none() {
    let with = |email: Option<&str>| {
        Some(Profile {
            email: email.map(str::to_string),
        })
    };
    assert_eq!(
        email_domain(with(Some("ada@example.org"))).as_deref(),
        Some("example.org")
    );
    assert_eq!(email_domain(with(None)), None);
    assert_eq!(email_domain(None), None);
    // An empty email is present; the chain goes on, and it is `domain` that finds no `@`.
    assert_eq!(email_domain(with(Some(""))), None);
}

#[test]
fn ok_or_with_question_mark_turns_a_missing_user_into_an_error() {
    assert_eq!(name_or_error(1).as_deref(), Ok("Alice"));
    assert_eq!(name_or_error(999), Err(UserNotFound(999)));
    assert_eq!(UserNotFound(999).to_string(), "user 999 not found");
}
