//! Chapter 17, exercise `greet_by_name` (ledger: `exercise/owned-name`).
//! Check your work with `cargo xtask exercise 17`; stuck? `cargo xtask exercise 17 --hint`.

fn greet(name: &str) -> String {
    format!("Hello, {name}!")
}

// TODO: make `greet_owned` compile: it owns a `String`, and `greet` wants to borrow text.
fn greet_owned(name: String) -> String {
    greet(name)
}

fn main() {
    println!("{}", greet_owned(String::from("Ferris")));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn greets_the_borrowed_name() {
        assert_eq!(greet_owned(String::from("Ferris")), "Hello, Ferris!");
    }
}
