// Python compares two objects of a plain class by identity; Rust has no `==` at all for a struct
// until it derives or implements `PartialEq` (ledger: dunder/eq-partialeq).
#[derive(Debug)]
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let a = Point { x: 1, y: 2 };
    let b = Point { x: 1, y: 2 };
    println!("{} {} {}", a == b, a.x, b.y);
}
