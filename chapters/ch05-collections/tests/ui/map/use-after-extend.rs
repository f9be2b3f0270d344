// Python's `d.update(other)` leaves `other` as it was. `d.extend(other)` takes `other` by value:
// the map passed in is moved, and using it afterwards is E0382
// (ledger: map/table-iter-len-update).
use std::collections::HashMap;

fn main() {
    let mut d = HashMap::from([("a", 1)]);
    let other = HashMap::from([("b", 2)]);
    d.extend(other);
    println!("{} {}", d.len(), other.len());
}
