//! Chapter 15, solution of exercise `user_field_typo` (ledger: `exercise/user-field-typo`).
//!
//! In Python, `user["emial"]` is a KeyError the first time that line runs. With a struct the
//! compiler reads the field's name.

#[derive(Debug, Clone)]
struct User {
    name: String,
    age: i32,
    email: String,
    active: bool,
}

// Solved: the field is `email`; the compiler named it in its "available fields" help.
fn contact_line(user: &User) -> String {
    format!("{} <{}>", user.name, user.email)
}

fn main() {
    let user = User {
        name: "Alice".into(),
        age: 30,
        email: "alice@example.com".into(),
        active: true,
    };
    println!(
        "{} ({}, active: {})",
        contact_line(&user),
        user.age,
        user.active
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_contact_line_names_the_email() {
        let user = User {
            name: "Alice".into(),
            age: 30,
            email: "alice@example.com".into(),
            active: true,
        };
        assert_eq!(contact_line(&user), "Alice <alice@example.com>");
    }
}
