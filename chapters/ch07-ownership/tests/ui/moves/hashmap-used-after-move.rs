// The third of the lecture's heap-allocated types: a HashMap moves like a String or a Vec, and
// the old name is refused afterwards.
use std::collections::HashMap;

fn main() {
    let ages = HashMap::from([("Alice", 30), ("Bob", 25)]);
    let moved = ages;
    println!("{} {}", ages.len(), moved.len());
}
