// Inline arguments are identifiers only: an f-string's `{p.x}` or `{x + 1}` is not accepted.
struct Point {
    x: f64,
}

fn main() {
    let p = Point { x: 1.0 };
    println!("{p.x}");
    let x = 41;
    println!("{x + 1}");
}
