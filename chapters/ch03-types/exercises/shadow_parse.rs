//! Chapter 3, exercise `shadow_parse`: a name that changes type (ledger: `exercise/shadow-parse`).
//!
//! Python rebinds a name to a value of another type without a word:
//!
//! ```python
//! input = "42"
//! input = int(input)
//! input = input * 2   # 84
//! ```
//!
//! A Rust variable keeps its type, even when it is `mut`, and the translation below does not
//! compile. Check your work with `cargo xtask exercise 3`; stuck? `cargo xtask exercise 3 --hint`.

// TODO: make `doubled` compile and return the number in `text` times two, keeping the name
// `input` for every step, as the Python does. Do not give up the `mut`-free style: no step here
// needs to change a value in place.
fn doubled(text: &str) -> i32 {
    let mut input = text;
    input = input.parse::<i32>().unwrap();
    input = input * 2;
    input
}

fn main() {
    println!("{}", doubled("42"));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lecture_input_doubles_to_84() {
        assert_eq!(doubled("42"), 84);
    }

    #[test]
    fn negative_numbers_parse_too() {
        assert_eq!(doubled("-21"), -42);
    }
}
