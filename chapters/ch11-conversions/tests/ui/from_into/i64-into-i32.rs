// The lecture's commented-out line: narrowing has no From, so no Into.
fn main() {
    let small: i32 = 42i64.into();
    println!("{small}");
}
