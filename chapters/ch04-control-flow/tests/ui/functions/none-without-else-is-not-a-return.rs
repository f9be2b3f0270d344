// The lecture calls the `None` of `divide` an "early return". It is the value of the `if`;
// without the `else` the `if` is a statement that must be worth `()`, and nothing returns early.
// Only `return None;` leaves the function before its end.
fn divide(a: f64, b: f64) -> Option<f64> {
    if b == 0.0 {
        None
    }
    Some(a / b)
}

fn main() {
    println!("{:?}", divide(1.0, 0.0));
}
