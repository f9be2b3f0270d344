// Python's `if temperature > 100:` carried over word for word: Rust wants a block in braces
// after the condition, and a colon is not one.
fn main() {
    let temperature = 120;
    if temperature > 100:
        println!("Too hot!");
}
