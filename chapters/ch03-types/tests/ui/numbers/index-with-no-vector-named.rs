// The lecture's "Size Types" block (../shared/course/ch03-built-in-types-and-variables.md,
// line 158) indexes `vec[i as usize]`, but the only vector it makes, `vec![1, 2, 3]`, is never
// bound to a name. Faithful: the lecture's `i: i32` and its conversion, with no `vec` in scope
// but the macro.
fn main() {
    let i: i32 = 5;
    let item = vec[i as usize];
    println!("{item}");
}
