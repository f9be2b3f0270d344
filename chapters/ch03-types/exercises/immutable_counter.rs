//! Chapter 3, exercise `immutable_counter`: calling a `&mut self` method
//! (ledger: `variables/counter-needs-mut`).
//!
//! In Python any object can be changed through any name that refers to it:
//!
//! ```python
//! c = Counter()
//! c.increment()
//! print(c.get_value())  # 1
//! ```
//!
//! In Rust, `increment(&mut self)` needs a binding that allows changes, and the program below
//! does not compile. Check your work with `cargo xtask exercise 3`; stuck?
//! `cargo xtask exercise 3 --hint`.

// The lecture's counter. It starts at zero, which is what `Default` gives an `i64`.
#[derive(Default)]
struct Counter {
    value: i64,
}

impl Counter {
    fn new() -> Counter {
        Counter::default()
    }

    fn increment(&mut self) {
        self.value += 1;
    }

    fn get_value(&self) -> i64 {
        self.value
    }
}

// TODO: make `count_to` compile and return `n` after calling `increment` n times. Change
// `count_to` only: `Counter` is right as it is.
fn count_to(n: u32) -> i64 {
    let c = Counter::new();
    for _ in 0..n {
        c.increment();
    }
    c.get_value()
}

fn main() {
    println!("{}", count_to(1));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_increment_reads_one() {
        assert_eq!(count_to(1), 1);
    }

    #[test]
    fn no_increment_reads_zero() {
        assert_eq!(count_to(0), 0);
    }

    #[test]
    fn a_thousand_increments_read_a_thousand() {
        assert_eq!(count_to(1000), 1000);
    }
}
