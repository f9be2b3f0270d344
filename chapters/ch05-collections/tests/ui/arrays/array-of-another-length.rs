// The length is in the type: a three-item array is not a `[i32; 5]`
// (ledger: arrays/rust-array-fixed-size).
fn main() {
    let numbers: [i32; 5] = [1, 2, 3];
    println!("{numbers:?}");
}
