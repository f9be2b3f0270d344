// "Everything is an expression" stops at `let`: a `let` is a statement and has no value, so it
// cannot stand where a value is expected.
fn main() {
    let x = (let y = 5);
    println!("{x}");
}
