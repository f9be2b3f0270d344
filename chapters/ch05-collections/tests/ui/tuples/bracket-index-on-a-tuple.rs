// Python reads `record[0]`; a Rust tuple has no `[]`: its fields are `.0`, `.1`, `.2`, fixed at
// compile time (ledger: tuples/rust-dot-index).
fn main() {
    let record: (&str, i32, bool) = ("Alice", 30, true);
    let first = record[0];
    println!("{first}");
}
