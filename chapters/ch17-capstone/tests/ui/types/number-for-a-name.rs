// A number where the function wants text: rustc refuses the call (claim hello/wrong-argument-type).
fn greet(name: &str) -> String {
    format!("Hello, {name}!")
}

fn main() {
    println!("{}", greet(42));
}
