// Python's `mixed = [1, "two", 3.0]`. A Vec holds one type; the first item decides it
// (ledger: arrays/rust-vec-homogeneous).
fn main() {
    let mixed = vec![1, "two", 3.0];
    println!("{}", mixed.len());
}
