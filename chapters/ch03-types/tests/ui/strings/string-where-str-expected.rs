// `greet` accepts `&String` through deref coercion, but not a `String`: the `&` is required.
fn greet(name: &str) -> String {
    format!("Hello, {name}!")
}

fn main() {
    let s2 = String::from("Rust");
    println!("{}", greet(s2));
}
