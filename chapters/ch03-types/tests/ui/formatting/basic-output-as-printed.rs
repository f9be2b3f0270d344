// The lecture's "Basic Output" block exactly as printed (inside a `main`): it prints a `name` and
// an `age` that no block of the section defines.
fn main() {
// Rust
println!("Hello, World!");
println!("Name: {} Age: {}", name, age);    // Positional {}
println!("Name: {name}, Age: {age}");       // Inline variables (Rust 1.58+, like f-strings!)
}
