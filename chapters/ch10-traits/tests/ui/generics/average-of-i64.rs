// The lecture's `average` bound (the "Rust Generics with Trait Bounds" block, line 183 of
// ch10-traits-and-generics.md), called with i64s: `T: Into<f64>` admits only the lossless
// conversions, and i64 (like u64, usize) is not one, where Python's `bound=SupportsFloat` takes
// any int. The signature is the lecture's; the body is ours.
fn average<T>(items: &[T]) -> f64
where
    T: Into<f64> + Copy,
{
    let total: f64 = items.iter().copied().map(Into::into).sum();
    total / items.len() as f64
}

fn main() {
    let big: [i64; 2] = [1, 2];
    println!("{}", average(&big));
}
