//! Chapter 4, solution of exercise `fizzbuzz`: FizzBuzz as one `match` (ledger: `exercise/fizzbuzz`).
//!
//! The lecture's challenge: for 1 to 30, print "Fizz" for multiples of 3, "Buzz" for multiples
//! of 5, "FizzBuzz" for multiples of both, and the number otherwise, with one `match` on the
//! tuple `(n % 3, n % 5)`. In Python each case may return what it likes:
//!
//! ```python
//! def fizzbuzz(n):
//!     match (n % 3, n % 5):
//!         case (0, 0): return "FizzBuzz"
//!         case (0, _): return "Fizz"
//!         case (_, 0): return "Buzz"
//!         case _: return n          # an int, where the others are str
//! ```
//!
//! One solution, compiled and tested by `tests/solutions.rs`; the template is
//! `exercises/fizzbuzz.rs`. Once yours passes, `cargo xtask exercise 4 solution fizzbuzz` shows this file.

// Solved. A `match` is one expression of one type: every arm gives a `String`, the number
// through `to_string`. Python's version may return a str here and an int there.
fn fizzbuzz(n: u32) -> String {
    match (n % 3, n % 5) {
        (0, 0) => "FizzBuzz".to_owned(),
        (0, _) => "Fizz".to_owned(),
        (_, 0) => "Buzz".to_owned(),
        _ => n.to_string(),
    }
}

fn main() {
    for n in 1..=30 {
        println!("{}", fizzbuzz(n));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn multiples_of_three_and_five_are_fizzbuzz() {
        assert_eq!(fizzbuzz(15), "FizzBuzz");
        assert_eq!(fizzbuzz(30), "FizzBuzz");
    }

    #[test]
    fn multiples_of_one_of_them_are_fizz_or_buzz() {
        assert_eq!(fizzbuzz(9), "Fizz");
        assert_eq!(fizzbuzz(10), "Buzz");
    }

    #[test]
    fn other_numbers_are_themselves() {
        assert_eq!(fizzbuzz(1), "1");
        assert_eq!(fizzbuzz(29), "29");
    }

    #[test]
    fn one_to_thirty_has_eight_fizz_four_buzz_two_fizzbuzz() {
        let words: Vec<String> = (1..=30).map(fizzbuzz).collect();
        let count = |word: &str| words.iter().filter(|w| *w == word).count();
        assert_eq!((count("Fizz"), count("Buzz"), count("FizzBuzz")), (8, 4, 2));
    }
}
