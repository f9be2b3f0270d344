// The methods table's `.rev()` for reversed(x) (../shared/course/ch12-closures-and-iterators.md,
// "Common Iterator Methods", line 245), used on the `Fibonacci` of "Rust Iterators" (line 127).
// Faithful because the iterator is, like the lecture's, defined by `next` alone: nothing here
// implements DoubleEndedIterator, so `.rev()` is refused even after `take(10)` makes it finite.
struct Fibonacci {
    a: u64,
    b: u64,
}

impl Iterator for Fibonacci {
    type Item = u64;

    fn next(&mut self) -> Option<u64> {
        let yielded = self.a;
        (self.a, self.b) = (self.b, self.a + self.b);
        Some(yielded)
    }
}

fn main() {
    let last_first: Vec<u64> = Fibonacci { a: 0, b: 1 }.take(10).rev().collect();
    println!("{last_first:?}");
}
