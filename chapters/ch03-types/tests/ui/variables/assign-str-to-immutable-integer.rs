// The lecture's `let x = 42;` then `x = "hello";`, on a binding without `mut`: rustc reports the
// type, not the missing `mut` (type checking comes first, and stops the build).
fn main() {
    let x = 42;
    println!("{x}");
    x = "hello";
    println!("{x}");
}
