// The lecture's first Rust block with its commented-out line put back: after `let b = a;` the
// Vec belongs to `b`, and reading `a` is refused.
fn main() {
    let a = vec![1, 2, 3];
    let b = a;
    println!("{:?}", a);
    println!("{:?}", b);
}
