//! Chapter 16, exercise `str_parameter` (ledger: `exercise/str-parameter`).
//! Check your work with `cargo xtask exercise 16`; stuck? `cargo xtask exercise 16 --hint`.

// TODO: `describe` only reads its text, yet it asks for a `String` of its own, so every caller
// would need `.clone()` or `.to_string()` first (the mistakes table's "String instead of &str").
// Change the parameter's type, not the calls, so that `main` and the test compile as they are.
fn describe(name: String) -> String {
    format!("{name} ({} letters)", name.chars().count())
}

fn main() {
    let city = String::from("Oslo");
    println!("{}", describe(&city));
    println!("{}", describe("Bergen"));
    println!("{city} is still ours");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn describes_a_borrowed_string_and_a_literal_alike() {
        let city = String::from("Oslo");
        assert_eq!(describe(&city), "Oslo (4 letters)");
        assert_eq!(describe("Tromsø"), "Tromsø (6 letters)");
        assert_eq!(city, "Oslo");
    }
}
