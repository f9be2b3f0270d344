// The lecture's "Common Operations" HashMap block as printed, in a `main`: its word count loops
// over `words`, which the block never defines (E0425; Python's twin block: NameError)
// (ledger: map/operations-blocks-as-printed).
fn main() {
    // Rust HashMap operations
    use std::collections::HashMap;

    let mut d = HashMap::new();
    d.insert("a", 1);
    d.insert("b", 2);
    d.insert("c", 3); // Insert or overwrite

    let val = d["a"]; // 1 (panics if missing)
    let val = d.get("z").copied().unwrap_or(0); // 0 (safe access)
    d.remove("b"); // Remove
    let exists = d.contains_key("a"); // true
    let keys: Vec<_> = d.keys().collect();
    let values: Vec<_> = d.values().collect();
    let length = d.len();

    // entry API = Python's setdefault / defaultdict pattern
    let mut word_count: HashMap<&str, i32> = HashMap::new();
    for word in words {
        *word_count.entry(word).or_insert(0) += 1;
    }
}
