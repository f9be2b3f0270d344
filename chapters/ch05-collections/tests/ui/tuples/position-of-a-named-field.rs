// A `NamedTuple` is still a tuple (`p[0]` works); a struct with named fields has names only:
// `p.0` is not a field of it (ledger: tuples/struct-named-fields).
struct Point {
    x: f64,
    y: f64,
}

fn main() {
    let p = Point { x: 3.0, y: 4.0 };
    println!("{} {}", p.0, p.y);
}
