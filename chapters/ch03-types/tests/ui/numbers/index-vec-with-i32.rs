// The lecture's `let item = vec[i];` with `i: i32`, on the one vector its block builds. The error
// is a missing trait implementation (E0277), not the "expected usize, found i32" it prints.
fn main() {
    let vec = vec![1, 2, 3];
    let i: i32 = 5;
    let item = vec[i];
    println!("{item}");
}
