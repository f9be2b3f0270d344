//! The lecture's exercise: FizzBuzz as one `match` on a tuple.
use chapter_04::fizzbuzz::{fizzbuzz, fizzbuzz_lines};

/// An independent oracle: the if/else chain a Python programmer would write first.
fn by_if_chain(n: u32) -> String {
    if n.is_multiple_of(15) {
        "FizzBuzz".into()
    } else if n.is_multiple_of(3) {
        "Fizz".into()
    } else if n.is_multiple_of(5) {
        "Buzz".into()
    } else {
        n.to_string()
    }
}

#[test]
fn the_match_agrees_with_the_if_chain_up_to_thirty() {
    for n in 1..=30 {
        assert_eq!(fizzbuzz(n), by_if_chain(n), "n = {n}");
    }
}

#[test]
fn the_first_fifteen_lines() {
    let first: Vec<String> = fizzbuzz_lines(15);
    let expected = "1 2 Fizz 4 Buzz Fizz 7 8 Fizz Buzz 11 Fizz 13 14 FizzBuzz";
    assert_eq!(first.join(" "), expected);
}

#[test]
fn thirty_lines_with_two_fizzbuzz() {
    let lines = fizzbuzz_lines(30);
    assert_eq!(lines.len(), 30);
    assert_eq!(lines.iter().filter(|l| *l == "FizzBuzz").count(), 2);
}
