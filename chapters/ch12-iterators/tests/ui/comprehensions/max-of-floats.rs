// The methods table's `.min()` / `.max()` for Python's min(iter) / max(iter): they need `Ord`,
// which f64 is not (NaN is unordered), so a list of floats has no `.max()`.
fn main() {
    let prices: [f64; 3] = [2.5, 0.5, 1.25];
    let highest = prices.iter().max();
    println!("{highest:?}");
}
