// `T: Into<f64>` admits only the lossless conversions; i64 (like u64, usize) is not one, where
// Python's `bound=SupportsFloat` takes any int.
fn average<T>(items: &[T]) -> f64
where
    T: Into<f64> + Copy,
{
    let sum: f64 = items.iter().map(|&x| x.into()).sum();
    sum / items.len() as f64
}

fn main() {
    let big: [i64; 2] = [1, 2];
    println!("{}", average(&big));
}
