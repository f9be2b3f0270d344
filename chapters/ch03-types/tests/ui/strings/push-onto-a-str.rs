// A `&str` is a read-only view: it has no method that grows it.
fn main() {
    let name: &str = "Alice";
    name.push('!');
    println!("{name}");
}
