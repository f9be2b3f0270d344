//! Chapter 2, solution of exercise `first_program`: the lecture's first Rust program (ledger:
//! `exercise/first-program`).
//!
//! The Python it translates:
//!
//! ```python
//! name = "Pythonista"
//! count = 0
//! for _ in range(1, 6):
//!     count += 1
//!     print(f"Hello, {name}! (count: {count})")
//! parity = "even" if count % 2 == 0 else "odd"
//! print(f"Final count {count} is {parity}")
//! ```
//!
//! One solution, compiled and tested by `tests/solutions.rs`; the template is
//! `exercises/first_program.rs`. Once yours passes, `cargo xtask exercise 2 solution first_program` shows this file.

// Solved. A `let` binding cannot be assigned twice (E0384): the counter that `+=` changes must be
// declared `let mut`. The `match` is an expression, so its value goes straight into `parity`.
fn greetings(name: &str) -> Vec<String> {
    let mut lines = Vec::new();
    let mut count = 0u32;
    for _ in 1..=5 {
        count += 1;
        lines.push(format!("Hello, {name}! (count: {count})"));
    }
    let parity = match count % 2 {
        0 => "even",
        _ => "odd",
    };
    lines.push(format!("Final count {count} is {parity}"));
    lines
}

fn main() {
    for line in greetings("Pythonista") {
        println!("{line}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn five_greetings_count_from_one_to_five() {
        let lines = greetings("Pythonista");
        assert_eq!(
            lines[..5],
            [
                "Hello, Pythonista! (count: 1)",
                "Hello, Pythonista! (count: 2)",
                "Hello, Pythonista! (count: 3)",
                "Hello, Pythonista! (count: 4)",
                "Hello, Pythonista! (count: 5)",
            ]
        );
    }

    #[test]
    fn the_last_line_says_five_is_odd() {
        let lines = greetings("Pythonista");
        assert_eq!(lines.len(), 6);
        assert_eq!(lines[5], "Final count 5 is odd");
    }
}
