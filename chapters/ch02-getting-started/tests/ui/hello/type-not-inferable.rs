// Types are inferred, but every one must be known: an empty Vec that nothing constrains has no
// element type, and rustc asks for one rather than guessing.
fn main() {
    let items = Vec::new();
    println!("{}", items.len());
}
