// The lecture's `pairs` chain without `move`: the inner closure borrows `x`, but it is returned
// out of the outer closure (inside the `Map` that `flat_map` keeps), so it would outlive `x`.
fn main() {
    let pairs: Vec<(i32, i32)> = (0..3).flat_map(|x| (0..3).map(|y| (x, y))).collect();
    println!("{pairs:?}");
}
