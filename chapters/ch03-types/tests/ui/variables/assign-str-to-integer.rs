// The lecture's `count = "hello";`: even a `mut` binding keeps the type it was given.
fn main() {
    let mut count = 0;
    count += 1;
    count = "hello";
    println!("{count}");
}
