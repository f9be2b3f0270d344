// A type that owns heap memory cannot be `Copy`: a bitwise copy would give two owners of the same
// buffer, and each would free it.
#[derive(Clone, Copy)]
struct Label {
    text: String,
}

fn main() {
    let label = Label { text: "hello".to_string() };
    let copy = label;
    println!("{} {}", label.text, copy.text);
}
