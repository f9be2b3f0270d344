// Reproduces the commented-out line of the lecture's "Rust From/Into" block (line 55 of
// ch11-from-and-into-traits.md), uncommented: narrowing has no From, so no Into.
fn main() {
    let small: i32 = 42i64.into();
    println!("{small}");
}
