// Parentheses around an `if` condition are legal Rust: only the `unused_parens` lint objects, and
// it warns by default. Denying it here turns the warning into the error this snapshot records;
// without the `deny`, this file compiles.
#![deny(unused_parens)]

fn main() {
    let temperature = 120;
    if (temperature > 100) {
        println!("Too hot!");
    }
}
