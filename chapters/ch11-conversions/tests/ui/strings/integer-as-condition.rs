// Python's truthiness (`if count:`) has no Rust equivalent: a condition must be a bool.
fn main() {
    let count = 3;
    if count {
        println!("non-zero");
    }
}
