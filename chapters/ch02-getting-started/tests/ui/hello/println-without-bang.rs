// Python's `print` is a function; Rust's `println!` is a macro, and the `!` is part of its name.
fn main() {
    println("Hello, World!");
}
