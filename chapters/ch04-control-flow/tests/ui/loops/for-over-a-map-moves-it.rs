// The lecture iterates `&map`. Without the `&`, the loop takes the map by value (`into_iter`),
// and it is gone afterwards.
use std::collections::HashMap;

fn main() {
    let map = HashMap::from([("x", 1), ("y", 2)]);
    for (key, value) in map {
        println!("{} = {}", key, value);
    }
    println!("{} entries", map.len());
}
