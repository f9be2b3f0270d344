// A dataclass writes `__repr__` and `__eq__` for you; a struct gets nothing unless it derives it.
struct Point {
    x: f64,
    y: f64,
}

fn main() {
    let p = Point { x: 3.0, y: 4.0 };
    println!("{:?} {}", p, p.x + p.y);
}
