// The lecture's `while` loop with `let count = 0;`, as a Python developer would first write it:
// a binding is immutable unless it says `mut`, so `count += 1` is refused.
fn main() {
    let count = 0;
    while count < 5 {
        println!("{}", count);
        count += 1;
    }
}
