// A dict takes any hashable key, floats included (`{2.5: "x"}`). A HashMap's key must be
// `Eq + Hash`, and f64 is neither (ledger: map/equivalent-to-dict).
use std::collections::HashMap;

fn main() {
    let mut prices: HashMap<f64, &str> = HashMap::new();
    prices.insert(2.5, "two and a half");
    println!("{}", prices.len());
}
