//! Chapter 7, solution of exercise `spot_the_borrow_errors`: the lecture's own exercise (ledger:
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
//! One solution, compiled and tested by `tests/solutions.rs`; the template is
//! `exercises/spot_the_borrow_errors.rs`. Once yours passes,
//! `cargo xtask exercise 7 solution spot_the_borrow_errors` shows this file.

// Solved. rustc reports two errors, not three. E0502: `first` borrows `names` and is used after
// the push, which may move the elements; using it before the push ends the borrow in time.
// E0507: `names[0]` would move a String out of the Vec. Passing `&names[0]` fixes that, and only
// then does a third error appear, E0308 (a `&String` where a `String` is wanted): a type error,
// fixed by making `make_greeting` borrow (`&str`; `&String` coerces to it).
fn lines() -> Vec<String> {
    let mut names: Vec<String> = ["Alice", "Bob"].map(String::from).to_vec();
    let first = &names[0];
    let mut out = vec![format!("First: {first}")];
    names.push(String::from("Charlie"));
    out.push(make_greeting(&names[0]));
    out.push(format!("{} names", names.len()));
    out
}

fn make_greeting(name: &str) -> String {
    let mut greeting = String::from("Hello, ");
    greeting.push_str(name);
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
