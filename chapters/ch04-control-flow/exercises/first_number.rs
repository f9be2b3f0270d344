//! Chapter 4, exercise `first_number`: a loop that breaks with a value
//! (ledger: `loops/loop-break-value`).
//!
//! The first input that is a whole number, in Python:
//!
//! ```python
//! def first_number(inputs):
//!     for text in inputs:
//!         try:
//!             return int(text)
//!         except ValueError:
//!             print("Not a number, try again")
//!     return None
//! ```
//!
//! Check your work with `cargo xtask exercise 4`; stuck? `cargo xtask exercise 4 --hint`.

// TODO: only one kind of Rust loop can `break` with a value. Rewrite the loop so that
// `first_number` compiles, gives the first input that parses (spaces and the newline that
// `read_line` keeps do not count), and `None` when there is none.
fn first_number(inputs: &[&str]) -> Option<i32> {
    let mut i = 0;
    let found = while i < inputs.len() {
        if let Ok(number) = inputs[i].trim().parse::<i32>() {
            break Some(number);
        }
        println!("Not a number, try again");
        i += 1;
    };
    found
}

fn main() {
    println!("{:?}", first_number(&["seven", "42\n"]));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_number_wins() {
        assert_eq!(first_number(&["seven", "42\n", "43"]), Some(42));
    }

    #[test]
    fn surrounding_whitespace_is_ignored() {
        assert_eq!(first_number(&["  -7 \n"]), Some(-7));
    }

    #[test]
    fn no_number_is_none() {
        assert_eq!(first_number(&["seven", "4 2"]), None);
        assert_eq!(first_number(&[]), None);
    }
}
