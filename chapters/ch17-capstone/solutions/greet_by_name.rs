//! Chapter 17, solution of exercise `greet_by_name` (ledger: `exercise/owned-name`).

fn greet(name: &str) -> String {
    format!("Hello, {name}!")
}

// Solved: `&name` lends the `String` as a `&str` (deref coercion), and `name` stays owned here.
fn greet_owned(name: String) -> String {
    greet(&name)
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
