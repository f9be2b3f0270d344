// Making a raw pointer is safe; reading through it needs `unsafe`.
fn main() {
    let value = 42;
    let pointer: *const i32 = &value;
    println!("{}", *pointer);
}
