// The lecture's borrowing-rules block with its commented-out line put back: `a` is used after
// `c = &mut data` began, so the shared and the mutable borrow overlap.
fn main() {
    let mut data = vec![1, 2, 3];
    let a = &data;
    let b = &data;
    println!("{:?} {:?}", a, b);
    let c = &mut data;
    c.push(4);
    println!("{:?}", a);
}
