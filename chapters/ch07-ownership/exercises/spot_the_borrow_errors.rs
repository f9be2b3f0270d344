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
//! The Rust below is the lecture's program in our words, its lines collected so that the tests
//! can read them. The lecture says it has three borrow checker errors; count what rustc reports with
//! `cargo xtask exercise 7`, and fix them all without `.clone()`. A hint: `--hint`.

// TODO: make `lines` compile without cloning anything; the three lines it returns must stay
// what the tests at the bottom expect (Charlie is still added).
fn lines() -> Vec<String> {
    let mut names: Vec<String> = ["Alice", "Bob"].map(String::from).to_vec();
    let first = &names[0];
    names.push(String::from("Charlie"));
    let mut out = vec![format!("First: {first}")];
    out.push(make_greeting(names[0]));
    out.push(format!("{} names", names.len()));
    out
}

fn make_greeting(name: String) -> String {
    let mut greeting = String::from("Hello, ");
    greeting.push_str(&name);
    greeting + "!"
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
