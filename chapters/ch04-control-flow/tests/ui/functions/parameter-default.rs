// Python's `greeting="Hello"` carried over: Rust has no default values for parameters, so
// the declaration is refused, and a call that leaves the argument out is an arity error.
fn greet(name: &str, greeting: &str = "Hello") -> String {
    format!("{}, {}!", greeting, name)
}

fn main() {
    println!("{}", greet("Alice"));
}
