// Python's `def greet(name, greeting):` carried over: a Rust parameter must have a type.
fn greet(name, greeting) -> String {
    format!("{}, {}!", greeting, name)
}

fn main() {}
