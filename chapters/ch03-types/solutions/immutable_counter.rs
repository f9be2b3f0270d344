//! Chapter 3, solution of exercise `immutable_counter`: calling a `&mut self` method
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
//! One solution, compiled and tested by `tests/solutions.rs`; the template is
//! `exercises/immutable_counter.rs`. Once yours passes,
//! `cargo xtask exercise 3 solution immutable_counter` shows this file.

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

// Solved. `increment(&mut self)` borrows the counter mutably, which a binding allows only when
// it is declared `mut` (E0596 otherwise).
fn count_to(n: u32) -> i64 {
    let mut c = Counter::new();
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
