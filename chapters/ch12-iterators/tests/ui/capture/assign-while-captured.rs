// Python's late binding needs a variable that changes after a closure captured it. In Rust the
// closure borrows `i`, and assigning to `i` while that borrow is alive is refused.
fn main() {
    let mut i = 0;
    let f = || i;
    i = 2;
    println!("{}", f());
}
