// A Python habit: a parameter without a type. Locals may leave their type to inference, a
// function's parameters may not: the signature is the contract callers are checked against.
fn double(x) -> i32 {
    x * 2
}

fn main() {
    println!("{}", double(21));
}
