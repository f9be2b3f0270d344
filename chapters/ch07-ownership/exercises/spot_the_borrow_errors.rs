//! Chapter 7, exercise `spot_the_borrow_errors`: the lecture's own exercise (ledger:
//! `exercise/three-errors`).
//!
//! In Python this runs as it reads; `first` keeps naming "Alice" after the append:
//!
//! ```python
//! names = ["Alice", "Bob"]
//! first = names[0]
//! names.append("Charlie")
//! print(f"First: {first}")
//! print(make_greeting(names[0]))
//! ```
//!
//! The Rust below is the lecture's program, its lines collected so that the tests can read
//! them. The lecture says it has three borrow checker errors; count what rustc reports with
//! `cargo xtask exercise 7`, and fix them all without `.clone()`. A hint: `--hint`.

// TODO: make `lines` compile without cloning anything; the three lines it returns must stay
// what the tests at the bottom expect (Charlie is still added).
fn lines() -> Vec<String> {
    let mut out = Vec::new();
    let mut names = vec!["Alice".to_string(), "Bob".to_string()];
    let first = &names[0];
    names.push("Charlie".to_string());
    out.push(format!("First: {first}"));

    let greeting = make_greeting(names[0]);
    out.push(greeting);
    out.push(format!("{} names", names.len()));
    out
}

fn make_greeting(name: String) -> String {
    format!("Hello, {name}!")
}

fn main() {
    for line in lines() {
        println!("{line}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_name_is_printed_and_greeted() {
        assert_eq!(lines()[..2], ["First: Alice", "Hello, Alice!"]);
    }

    #[test]
    fn charlie_is_still_added() {
        assert_eq!(lines()[2], "3 names");
    }
}
