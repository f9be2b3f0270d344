// Rust does not infer a function's return type, not even when asked to with `_`: the signature
// is the contract, and the body must match it.
fn double(x: i32) -> _ {
    x * 2
}

fn main() {
    println!("{}", double(2));
}
