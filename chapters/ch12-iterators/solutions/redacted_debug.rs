//! Chapter 12, solution of exercise `redacted_debug` (ledger: `exercise/redacted-debug`).
use std::fmt::{self, Debug, Formatter};

// Solved: Clone and PartialEq derived (Eq too: every field is a String, so equality is total);
// Debug by hand, with "***" lent in place of the hash.
#[derive(Clone, PartialEq, Eq)]
struct User {
    name: String,
    email: String,
    password_hash: String,
}

impl Debug for User {
    fn fmt(&self, out: &mut Formatter<'_>) -> fmt::Result {
        // The hash never reaches the formatter: a placeholder is shown in its place.
        let mut shown = out.debug_struct("User");
        shown.field("name", &self.name);
        shown.field("email", &self.email);
        shown.field("password_hash", &"***");
        shown.finish()
    }
}

fn alice() -> User {
    User {
        name: "Alice".into(),
        email: "alice@example.com".into(),
        password_hash: "a1b2c3d4e5f6".into(),
    }
}

fn main() {
    let user = alice();
    println!("{user:?}");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_shows_name_and_email_but_not_the_hash() {
        let shown = format!("{:?}", alice());
        assert_eq!(
            shown,
            r#"User { name: "Alice", email: "alice@example.com", password_hash: "***" }"#
        );
        assert!(!shown.contains("a1b2c3"));
    }

    #[test]
    fn clones_compare_equal() {
        let user = alice();
        assert!(user.clone() == user);
    }
}
