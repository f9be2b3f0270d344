// Python's `True + True == 2`: a Rust bool is not a number.
fn main() {
    let both = true + true;
    println!("{both}");
}
