// Mixing i32 and usize in arithmetic: here, and not in indexing, rustc says "expected `usize`,
// found `i32`".
fn main() {
    let items = vec![1, 2, 3];
    let i: i32 = 1;
    let last = items.len() - i;
    println!("{last}");
}
