// Python's `numbers.append(6)`. An array's length is part of its type, `[i32; 5]`: it has no
// `push` (ledger: arrays/rust-array-fixed-size).
fn main() {
    let mut numbers: [i32; 5] = [1, 2, 3, 4, 5];
    numbers.push(6);
}
