//! Chapter 16, solution of exercise `str_parameter` (ledger: `exercise/str-parameter`).

// Solved: `&str` borrows any string: `&city` (a `&String`, coerced) and a literal alike, and the
// caller keeps its `String`.
fn describe(name: &str) -> String {
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
