// A binary crate starts at `fn main`; a file of statements and helpers is not a program.
fn greet() -> &'static str {
    "Hello, World!"
}
