// Python turns the int into a float for `1 + 2.5`. Rust has no mixed-type `+` to call.
fn main() {
    let count: i32 = 1;
    let ratio: f64 = 2.5;
    let sum = count + ratio;
    println!("{sum}");
}
