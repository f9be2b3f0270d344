// Debug can be derived; Display cannot: std has no derive for it, it is written by hand.
#[derive(Debug, Display)]
struct Point {
    x: f64,
    y: f64,
}

fn main() {
    println!("{}", Point { x: 1.0, y: 2.0 });
}
