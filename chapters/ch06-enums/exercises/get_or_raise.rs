//! Chapter 6, exercise `get_or_raise`: "get or raise", both sides written correctly
//! (ledger: `exercise/get-or-raise`).
//!
//! The lecture's `x if x else raise` is not Python (`raise` is a statement: SyntaxError). What
//! a Python function writes is:
//!
//! ```python
//! def user_name(user_id: int) -> str:
//!     user = find_user(user_id)
//!     if user is None:
//!         raise UserNotFound(user_id)
//!     return user.name
//! ```
//!
//! Check your work with `cargo xtask exercise 6`; stuck? `cargo xtask exercise 6 --hint`.
use std::collections::HashMap;
use std::fmt;

#[derive(Debug, Clone)]
struct User {
    name: String,
}

fn find_user(user_id: i64) -> Option<User> {
    let users = HashMap::from([(
        1,
        User {
            name: "Alice".into(),
        },
    )]);
    users.get(&user_id).cloned()
}

#[derive(Debug, PartialEq, Eq)]
struct UserNotFound(i64);

impl fmt::Display for UserNotFound {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "user {} not found", self.0)
    }
}

impl std::error::Error for UserNotFound {}

// TODO: `?` on an `Option` only works in a function that returns an `Option`. This one returns a
// `Result`: turn the missing user into `UserNotFound(user_id)` first.
fn user_name(user_id: i64) -> Result<String, UserNotFound> {
    let user = find_user(user_id)?;
    Ok(user.name)
}

fn main() {
    for id in [1, 999] {
        match user_name(id) {
            Ok(name) => println!("{id}: {name}"),
            Err(e) => println!("{id}: error: {e}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_known_user_gives_the_name() {
        assert_eq!(user_name(1), Ok("Alice".to_string()));
    }

    #[test]
    fn an_unknown_user_is_an_error_naming_the_id() {
        assert_eq!(user_name(999), Err(UserNotFound(999)));
        assert_eq!(UserNotFound(999).to_string(), "user 999 not found");
    }
}
