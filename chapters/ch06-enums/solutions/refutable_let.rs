//! Chapter 6, solution of exercise `refutable_let`: a `let` that assumes a value is there
//! (ledger: `exercise/refutable-let`).
//!
//! Python unpacks without asking, and fails when the value is not what was assumed:
//!
//! ```python
//! user = find_user(user_id)
//! return f"Hello, {user['name']}"   # TypeError when find_user returned None
//! ```
//!
//! One solution, compiled and tested by `tests/solutions.rs`; the template is
//! `exercises/refutable_let.rs`. Once yours passes,
//! `cargo xtask exercise 6 solution refutable_let` shows this file.
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

// Solved. `let Some(user) = ...;` is E0005 (refutable pattern: `None` not covered). `let ... else`
// handles the other case, and its `else` must leave the function (or it is E0308).
fn greeting(user_id: i64) -> String {
    let Some(user) = find_user(user_id) else {
        return format!("Who is {user_id}?");
    };
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
