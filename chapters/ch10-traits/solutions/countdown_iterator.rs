//! Chapter 10, solution of exercise `countdown_iterator` (ledger: `std/iterator-protocol`). In Python a class
//! becomes iterable with `__iter__` and `__next__` (raising StopIteration at the end); in Rust a
//! type becomes iterable by implementing `Iterator`: an `Item` type and a `next` returning
//! `Option<Item>`, where `None` ends the loop.

struct Countdown {
    value: i32,
}

// Solved: `type Item` says what the loop gets; `None` plays the part of StopIteration.
impl Iterator for Countdown {
    type Item = i32;

    fn next(&mut self) -> Option<i32> {
        // The value shown is the one before the step down; zero or below ends the loop.
        (self.value > 0).then(|| {
            let shown = self.value;
            self.value -= 1;
            shown
        })
    }
}

fn collect_countdown(start: i32) -> Vec<i32> {
    let mut seen = Vec::new();
    for n in (Countdown { value: start }) {
        seen.push(n);
    }
    seen
}

fn main() {
    println!("{:?}", collect_countdown(5));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_down_from_5_to_1() {
        assert_eq!(collect_countdown(5), [5, 4, 3, 2, 1]);
    }

    #[test]
    fn zero_yields_nothing() {
        assert!(collect_countdown(0).is_empty());
    }
}
