//! Chapter 6, exercise `refutable_let`: a `let` that assumes a value is there
//! (ledger: `exercise/refutable-let`).
//!
//! Python unpacks without asking, and fails when the value is not what was assumed:
//!
//! ```python
//! user = find_user(user_id)
//! return f"Hello, {user['name']}"   # TypeError when find_user returned None
//! ```
//!
//! Check your work with `cargo xtask exercise 6`; stuck? `cargo xtask exercise 6 --hint`.
use std::collections::HashMap;

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

// TODO: a plain `let` must match every value, and `Some(user)` does not match `None`. Greet a
// known user with "Hello, <name>" and answer "Who is <id>?" for an unknown one, keeping the
// happy path unindented.
fn greeting(user_id: i64) -> String {
    let Some(user) = find_user(user_id);
    format!("Hello, {}", user.name)
}

fn main() {
    for id in [1, 999] {
        println!("{}", greeting(id));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_known_user_is_greeted_by_name() {
        assert_eq!(greeting(1), "Hello, Alice");
    }

    #[test]
    fn an_unknown_user_is_asked_for() {
        assert_eq!(greeting(999), "Who is 999?");
    }
}
