// Reproduces the lecture's "Rust From/Into" block (line 32 of ch11-from-and-into-traits.md) as
// it is printed: its items are followed by `let` statements with no function around them. One
// item and one such `let` are all it takes; the parser stops at the `let` before any type is
// checked, so nothing else in the block could be the cause.
struct Celsius(f64);

let c1 = Celsius(100.0);

fn main() {}
