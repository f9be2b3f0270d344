// Python's `nums.extend(other)` leaves `other` as it was. `vec.extend(other)` takes `other` by
// value (any `IntoIterator`): a Vec passed in is moved, and using it afterwards is E0382
// (ledger: vec/table-extend-moves).
fn main() {
    let mut nums = vec![1, 2, 3];
    let other = vec![4, 5];
    nums.extend(other);
    println!("{nums:?} {}", other.len());
}
