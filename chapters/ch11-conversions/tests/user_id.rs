//! When to use From/Into. Ledger: user-id/*.
use chapter_11::user_id::{UserId, find_user};

#[test]
fn find_user_takes_an_i64_or_a_user_id() {
    assert_eq!(find_user(42i64).as_deref(), Some("User #UserId(42)"));
    assert_eq!(find_user(UserId(42)).as_deref(), Some("User #UserId(42)"));
}

#[test]
fn user_id_from_is_the_constructor_call() {
    // The quick reference's `MyClass(x)` → `MyClass::from(x)`.
    assert_eq!(UserId::from(42i64), UserId(42));
    let id: UserId = 7i64.into();
    assert_eq!(id, UserId(7));
}

#[test]
fn an_unsuffixed_literal_is_inferred_as_the_i64_with_a_from_impl() {
    // Not i32, the default: the only integer type with `From<_> for UserId` is i64.
    assert_eq!(find_user(42).as_deref(), Some("User #UserId(42)"));
    assert_eq!(find_user(-1).as_deref(), Some("User #UserId(-1)"));
}
