// Python's `for k in d.keys(): d[k + "!"] = 0` runs and raises `RuntimeError: dictionary changed
// size during iteration`. `d.keys()` is an iterator that borrows the map, so changing the map
// inside the loop is refused before the program runs (ledger: map/table-keys-iterators).
use std::collections::HashMap;

fn main() {
    let mut d: HashMap<String, i32> = HashMap::from([("a".to_string(), 1)]);
    for k in d.keys() {
        d.insert(format!("{k}!"), 0);
    }
    println!("{}", d.len());
}
