// The lecture's "Creating HashMaps" block as printed, in a `main`: its last line uses `keys` and
// `values`, which the block never defines (E0425 twice; Python's twin block: NameError)
// (ledger: map/comprehension).
fn main() {
    // Rust
    use std::collections::HashMap;

    let scores = HashMap::from([("Alice", 100), ("Bob", 85)]);
    let empty: HashMap<String, i32> = HashMap::new();
    let from_pairs: HashMap<&str, i32> = [("x", 1), ("y", 2)].into_iter().collect();
    let comprehension: HashMap<_, _> = keys.iter().zip(values.iter()).collect();
}
