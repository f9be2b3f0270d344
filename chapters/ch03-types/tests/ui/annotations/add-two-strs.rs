// The lecture's `add("a", "b")`: the call is rejected before the program exists.
fn add(a: i32, b: i32) -> i32 {
    a + b
}

fn main() {
    println!("{}", add("a", "b"));
}
