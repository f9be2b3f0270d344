// The methods table's `.rev()` for reversed(x): only a DoubleEndedIterator can be walked from its
// end, and the lecture's Fibonacci, defined by `next` alone, is not one.
struct Fibonacci {
    a: u64,
    b: u64,
}

impl Iterator for Fibonacci {
    type Item = u64;

    fn next(&mut self) -> Option<Self::Item> {
        let current = self.a;
        self.a = self.b;
        self.b = current + self.b;
        Some(current)
    }
}

fn main() {
    let last_first: Vec<u64> = Fibonacci { a: 0, b: 1 }.take(10).rev().collect();
    println!("{last_first:?}");
}
