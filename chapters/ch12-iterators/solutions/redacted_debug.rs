//! Chapter 12, solution of exercise `redacted_debug` (ledger: `exercise/redacted-debug`).
use std::fmt;

// Solved: Clone and PartialEq derived; Debug by hand, with "***" lent in place of the hash.
#[derive(Clone, PartialEq)]
struct User {
    name: String,
    email: String,
    password_hash: String,
}

impl fmt::Debug for User {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("User")
            .field("name", &self.name)
            .field("email", &self.email)
            .field("password_hash", &"***")
            .finish()
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
