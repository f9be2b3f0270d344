// Python's `prices.sort()` sorts floats. `Vec::sort` needs `T: Ord`, and f64 is only
// `PartialOrd` (NaN is unordered): `sort_by(f64::total_cmp)` is the way
// (ledger: vec/table-sort-floats).
fn main() {
    let mut prices: Vec<f64> = vec![2.5, 1.0, 9.75];
    prices.sort();
    println!("{prices:?}");
}
