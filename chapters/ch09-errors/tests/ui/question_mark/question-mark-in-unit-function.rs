// `?` returns the error from the enclosing function, so that function's return type must be able
// to hold it: a function returning `()` cannot.
use std::fs;

fn greet() {
    let name = fs::read_to_string("config.txt")?;
    println!("Hello, {name}!");
}

fn main() {
    greet();
}
