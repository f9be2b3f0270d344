// The lecture's make_adder without `move`: the closure would borrow `n`, a parameter that dies
// when make_adder returns.
fn make_adder(n: i32) -> impl Fn(i32) -> i32 {
    |x| x + n
}

fn main() {
    println!("{}", make_adder(5)(10));
}
