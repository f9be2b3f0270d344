// The lecture's "Size Types" block, statement for statement: it never names a vector, so
// `vec[...]` refers to the `vec!` macro, and rustc stops there.
fn main() {
    let length: usize = vec![1, 2, 3].len();
    let index: usize = 0;
    let i: i32 = 5;
    let item = vec[i as usize];
    println!("{length} {index} {item}");
}
