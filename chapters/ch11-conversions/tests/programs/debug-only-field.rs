// The lecture's `UserId(i64)` and `Port(u16)` are tuple structs whose field only the derived
// Debug ever reads. rustc ignores derived impls when it looks for reads, so it warns that the
// field is never read, once for each: the smallest program that shows it for both.
#[derive(Debug)]
struct UserId(i64);

#[derive(Debug)]
struct Port(u16);

fn main() {
    println!("{:?} {:?}", UserId(42), Port(8080));
}
