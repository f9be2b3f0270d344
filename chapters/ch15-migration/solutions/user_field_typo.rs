//! Chapter 15, solution of exercise `user_field_typo` (ledger: `exercise/user-field-typo`).
//!
//! In Python, `user["emial"]` is a KeyError the first time that line runs. With a struct the
//! compiler reads the field's name.

#[derive(Debug, Clone)]
struct User {
    name: String,
    age: i32,
    email: String,
}

// Solved: the field is `email`; the compiler named it in its "available fields" help.
fn contact_line(user: &User) -> String {
    format!("{} <{}>", user.name, user.email)
}

fn alice() -> User {
    User {
        name: String::from("Alice"),
        age: 30,
        email: String::from("alice@example.com"),
    }
}

fn main() {
    let user = alice();
    println!("{} (age {})", contact_line(&user), user.age);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_contact_line_names_the_email() {
        assert_eq!(contact_line(&alice()), "Alice <alice@example.com>");
    }
}
