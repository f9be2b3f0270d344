// The lecture's second "dynamic" concept is the slice. Its length is known only at run time, but
// it cannot grow: a slice has no `push` either. The growable one is `Vec`
// (ledger: arrays/two-concepts).
fn main() {
    let numbers: [i32; 5] = [1, 2, 3, 4, 5];
    let slice: &[i32] = &numbers[1..4];
    slice.push(6);
}
