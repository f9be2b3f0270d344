// The lecture's `count = 5;` on a binding declared without `mut`.
fn main() {
    let count = 0;
    println!("{count}");
    count = 5;
    println!("{count}");
}
