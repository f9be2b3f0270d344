// A Python module may run statements at its top level; a Rust file holds items (fn, struct,
// const, static, use, mod …) only. The lecture's keyword listings are fragments of a function.
let name = "Alice";

fn main() {
    println!("{name}");
}
