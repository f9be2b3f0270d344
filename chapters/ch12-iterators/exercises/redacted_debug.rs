//! Chapter 12, exercise `redacted_debug` (ledger: `exercise/redacted-debug`).
//! Check your work with `cargo xtask exercise 12`; stuck? `cargo xtask exercise 12 --hint`.

// TODO: derive Clone and PartialEq, and write `Debug` by hand so that `{:?}` shows the name and
// the email but prints "***" in place of the password hash.
struct User {
    name: String,
    email: String,
    password_hash: String,
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
