// A function without `-> T` returns `()`: the return type is not inferred from the body.
fn double(x: i32) {
    x * 2
}

fn main() {
    println!("{:?}", double(2));
}
