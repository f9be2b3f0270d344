// Python's `name, age = record` on a three-item tuple is a `ValueError` when the line runs. A
// Rust pattern must have the tuple's arity: the mismatch is a compile error
// (ledger: tuples/rust-destructuring).
fn main() {
    let record: (&str, i32, bool) = ("Alice", 30, true);
    let (name, age) = record;
    println!("{name} {age}");
}
