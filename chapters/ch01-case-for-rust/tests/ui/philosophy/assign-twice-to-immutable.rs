// Python rebinds a name as often as you like. A Rust binding is immutable unless it says `mut`.
fn main() {
    let retries = 3;
    println!("{retries} retries left");
    retries = retries - 1;
    println!("{retries} retries left");
}
