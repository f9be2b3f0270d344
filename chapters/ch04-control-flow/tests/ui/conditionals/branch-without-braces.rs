// A one-line branch without braces, as C allows and Python's indentation suggests: Rust wants a
// block after every condition, even for one statement.
fn main() {
    let temperature = 120;
    if temperature > 100 println!("Too hot!");
}
