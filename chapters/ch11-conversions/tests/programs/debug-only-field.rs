// The lecture's `UserId(i64)` and `Port(u16)` are tuple structs whose field only the derived
// Debug ever reads. rustc ignores derived impls when it looks for reads, so it warns that the
// field is never read; this is the smallest program that shows it.
#[derive(Debug)]
struct UserId(i64);

fn main() {
    println!("{:?}", UserId(42));
}
